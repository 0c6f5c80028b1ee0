import { describe, expect, it } from 'vitest';
import { formBodyOf } from './form-body';

const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength;
const fieldsOf = (body: string) => [...new URLSearchParams(body)];

/** A small seeded generator, so a failure replays: bodies made of the characters urlencoding treats specially. */
function* bodies(count: number, seed = 20261202): Generator<string> {
  const alphabet = [
    'a',
    'b',
    '%',
    '2',
    '5',
    'F',
    'z',
    '+',
    ' ',
    '&',
    '=',
    'é',
    '\u{1F600}',
    '%26',
    '%3D',
    '%2B',
    '%25',
    '%20',
    '%FF',
  ];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let i = 0; i < count; i++) {
    let body = '';
    const length = Math.floor(next() * 24);
    for (let j = 0; j < length; j++) body += alphabet[Math.floor(next() * alphabet.length)];
    yield body;
  }
}

describe('formBodyOf', () => {
  it('writes fields back so that they parse to the same fields, in order, repeats included', () => {
    const fields: [string, string][] = [
      ['flow', 'customer_update'],
      ['returnTo', '/a b&c=d+e%41'],
      ['flow', 'x'],
      ['items[0][id]', 'si_1'],
    ];
    const body = formBodyOf(fields);
    expect(body).toBe('flow=customer_update&returnTo=/a+b%26c=d%2Be%2541&flow=x&items[0][id]=si_1');
    expect(
      formBodyOf([
        ['a=b', ''],
        ['', 'c'],
        ['100%', 'x'],
      ]),
    ).toBe('a%3Db&=c&100%25=x');
    expect(fieldsOf(body!)).toEqual(fields);
  });

  it('for any body, gives the same fields back, in no more bytes unless the body had a bare %', () => {
    let checked = 0;
    for (const original of bodies(5000)) {
      const fields = fieldsOf(original);
      const body = formBodyOf(fields);
      if (fields.some(([name, value]) => `${name}${value}`.includes('\uFFFD'))) {
        expect(body).toBeNull();
        continue;
      }
      expect(fieldsOf(body!), original).toEqual(fields);
      if (!/%(?![0-9A-Fa-f]{2})/.test(original)) expect(utf8Length(body!), original).toBeLessThanOrEqual(utf8Length(original));
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('refuses fields that cannot show what was sent: U+FFFD, or a file', () => {
    expect(formBodyOf([['flow', 'a\uFFFD']])).toBeNull();
    expect(formBodyOf([['a\uFFFD', 'x']])).toBeNull();
    expect(formBodyOf([['file', new File(['x'], 'x.txt')]])).toBeNull();
  });
});
