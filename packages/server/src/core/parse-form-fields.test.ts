import { describe, expect, it } from 'vitest';
import { parseFormFields } from './parse-form-fields';

describe('parseFormFields', () => {
  it('reads bracket notation into the JSON shape', () => {
    expect(parseFormFields('flow=x&items[0][id]=si_1&items[0][quantity]=2&items[1][id]=si_2')).toEqual({
      flow: 'x',
      items: [{ id: 'si_1', quantity: '2' }, { id: 'si_2' }],
    });
  });

  it('keeps gaps in indices as an object, which the request parser refuses', () => {
    expect(parseFormFields('items[1][id]=si_1')).toEqual({ items: { 1: { id: 'si_1' } } });
  });

  it('keeps indices mixed with names as an object, which the request parser refuses', () => {
    expect(parseFormFields('items[0][id]=si_1&items[x][id]=si_2')).toEqual({
      items: { 0: { id: 'si_1' }, x: { id: 'si_2' } },
    });
  });

  it.each(['', ']flow', '[x]flow', 'flow]', 'flow[', 'items[]', 'items[0]x', 'a[b][c][d]'])(
    'refuses the field name %j, which is not name, name[key] or name[key][key]',
    (name) => {
      expect(() => parseFormFields(`${encodeURIComponent(name)}=1`)).toThrow(
        expect.objectContaining({ code: 'INVALID_REQUEST', param: name }),
      );
    },
  );

  it('names a long repeated field by its first 100 characters', () => {
    const name = `items[0][${'x'.repeat(150)}]`;
    expect(() => parseFormFields(`${name}=1&${name}=2`)).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', param: `${name.slice(0, 100)}…` }),
    );
  });

  it('cannot be used to pollute prototypes', () => {
    const fields = parseFormFields('__proto__[polluted]=yes&constructor[prototype][polluted]=yes');
    expect(Object.keys(fields)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
