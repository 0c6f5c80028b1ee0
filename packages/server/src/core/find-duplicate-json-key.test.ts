import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey } from './find-duplicate-json-key';

describe('findDuplicateJsonKey', () => {
  it.each([
    ['{"flow":"a","flow":"b"}', 'flow'],
    ['{"flow":"a","returnTo":"/x","flow":"b"}', 'flow'],
    ['{ "flow" : "a" ,\n\t"flow" : "b" }', 'flow'],
    ['{"flow":"a","\\u0066low":"b"}', 'flow'],
    ['{"\\u0066\\u006C\\u006f\\u0077":"a","flow":"b"}', 'flow'],
    ['{"a\\/b":1,"a/b":2}', 'a/b'],
    ['{"items":[{"id":"si_1","id":"si_2"}]}', 'items[0].id'],
    ['{"items":[{"id":"si_1"},{"id":"si_2","\\u0069d":"si_3"}]}', 'items[1].id'],
    ['{"items":[[1,2],{"quantity":1,"quantity":2}]}', 'items[1].quantity'],
    ['{"a":{"b":{"c":1,"c":2}}}', 'a.b.c'],
    ['[{"a":1},{"a":1,"a":2}]', '[1].a'],
    ['{"":1,"":2}', ''],
    ['{"__proto__":{},"__proto__":{}}', '__proto__'],
  ])('finds the repeated key in %s: %j', (text, path) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findDuplicateJsonKey(text)).toBe(path);
  });

  it.each([
    ['{}'],
    ['{"flow":"payment_method_update","returnTo":"/account"}'],
    // The same key in different objects is no duplicate.
    ['{"items":[{"id":"si_1"},{"id":"si_2"}],"id":1}'],
    ['{"a":{"a":{"a":1}}}'],
    // Keys spelled inside string values are values, not keys.
    ['{"flow":"\\"flow\\":1,{\\"flow\\"","returnTo":"{\\"returnTo\\":[,]}"}'],
    ['{"a":"\\\\","b":"\\\\\\"","c":["a","a",{"a":"}"}]}'],
    // Case matters in JSON keys.
    ['{"flow":1,"Flow":2,"FLOW":3}'],
    ['{"\\u00e9":1,"e\\u0301":2}'],
    ['"flow"'],
    ['[1,"flow","flow"]'],
    ['null'],
  ])('finds none in %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findDuplicateJsonKey(text)).toBeUndefined();
  });

  describe('on generated documents', () => {
    // A small seeded generator, so a failure replays: nested objects and arrays with distinct keys,
    // strings full of quotes, backslashes and brackets, keys escaped at random, whitespace anywhere.
    let seed = 0x2545f491;
    // mulberry32: small, seeded, and random enough in its low bits.
    const next = (below: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * below);
    };
    const pick = <T>(items: readonly T[]): T => items[next(items.length)]!;
    const NASTY = ['"', '\\', '{', '}', '[', ']', ',', ':', '\\"', '"a":', 'é', '😀'];
    const space = () => pick(['', ' ', '\n', '\t ', '']);
    const stringOf = (value: string) => (next(3) === 0 ? escapeAll(value) : JSON.stringify(value));
    const escapeAll = (value: string) =>
      `"${[...value].map((char) => (char.length === 1 ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char)).join('')}"`;

    /** A document with distinct keys; with `inject`, one object repeats one of its keys, and `injected` says where. */
    let injected: string | undefined;
    function value(depth: number, path: string, inject: boolean): string {
      const kind = depth === 0 ? 3 : depth > 3 ? next(2) : next(4);
      if (kind === 0) return stringOf(Array.from({ length: next(5) }, () => pick(NASTY)).join(''));
      if (kind === 1) return pick(['1', '-2.5e3', 'true', 'null']);
      if (kind === 2) {
        const parts = Array.from({ length: next(4) }, (_, index) => value(depth + 1, `${path}[${index}]`, inject));
        return `[${space()}${parts.join(`,${space()}`)}${space()}]`;
      }
      const keys = [...new Set(Array.from({ length: 1 + next(4) }, () => pick(['flow', 'id', 'a', 'é', 'x"y', 'k\\'])))];
      const members = keys.map(
        (key) =>
          `${space()}${stringOf(key)}${space()}:${space()}${value(depth + 1, path === '' ? key : `${path}.${key}`, inject)}`,
      );
      if (inject && injected === undefined && (depth === 0 || next(3) === 0)) {
        const key = pick(keys);
        members.push(`${space()}${stringOf(key)}:${value(depth + 1, '', false)}`);
        injected = path === '' ? key : `${path}.${key}`;
      }
      return `{${members.join(`,${space()}`)}${space()}}`;
    }

    it('finds no duplicate where there is none', () => {
      for (let run = 0; run < 500; run++) {
        const text = value(0, '', false);
        expect(typeof JSON.parse(text)).toBe('object');
        expect(findDuplicateJsonKey(text), text).toBeUndefined();
      }
    });

    it('finds and names a key repeated at any depth, however the key is spelled', () => {
      const depths = new Set<number>();
      for (let run = 0; run < 500; run++) {
        injected = undefined;
        const text = value(0, '', true);
        expect(typeof JSON.parse(text)).toBe('object');
        expect(findDuplicateJsonKey(text), text).toBe(injected);
        depths.add(injected!.split(/[.[]/).length);
      }
      // The generator did reach nested objects, not only the root.
      expect(Math.max(...depths)).toBeGreaterThan(2);
    });
  });

  it('stays linear on large documents (a generous bound against quadratic work)', () => {
    const wide = `{${Array.from({ length: 100_000 }, (_, index) => `"k${index}":"${'\\"'.repeat(5)}"`).join(',')}}`;
    const deep = `${'[{"a":'.repeat(20_000)}1${'}]'.repeat(20_000)}`;
    const started = performance.now();
    expect(findDuplicateJsonKey(wide)).toBeUndefined();
    expect(findDuplicateJsonKey(deep)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
