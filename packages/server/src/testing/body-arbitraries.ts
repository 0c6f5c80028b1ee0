import fc from 'fast-check';
import { POLLUTING_JSON, POLLUTION_KEY, fieldName, jsonFieldValue, quantity, subscriptionId } from './field-arbitraries';
import { escapedKey, logicalForm, logicalJson, plausibleFields } from './logical-fields';
import { returnTarget } from './url-tricks';

/** A body in the shape the handler reads it, before encoding: which format it is meant as, and its text. */
export interface FuzzBody {
  kind: 'json' | 'form' | 'other';
  text: string;
}

/** JSON text written field by field, so keys can repeat (`{"flow":"a","flow":"b"}`), as `JSON.stringify` never writes them. */
const jsonObjectText: fc.Arbitrary<string> = fc
  .record({
    entries: fc.array(
      fc.oneof(
        {
          arbitrary: fieldName.chain((name) =>
            jsonFieldValue(name).map((value) => [name, JSON.stringify(value) ?? 'null'] as const),
          ),
          weight: 10,
        },
        { arbitrary: fc.tuple(fieldName, fc.constantFrom(...POLLUTING_JSON)), weight: 1 },
      ),
      { maxLength: 6 },
    ),
    // Now and then one field again, with another value: smuggling by a repeated key.
    repeat: fc.option(fc.nat(), { freq: 5 }),
    // Keys written with a `\u` escape, which a raw-text check would read as other keys.
    escapeAt: fc.option(fc.nat(), { freq: 8 }),
  })
  .map(({ entries, repeat, escapeAt }) => {
    const all = repeat === null || entries.length === 0 ? entries : [...entries, entries[repeat % entries.length]!];
    const key = (name: string, index: number) =>
      escapeAt !== null && index === escapeAt % all.length ? escapedKey(name) : JSON.stringify(name);
    return `{${all.map(([name, value], index) => `${key(name, index)}:${value}`).join(',')}}`;
  });

/** Form field names: plain, with brackets as HTML forms nest them, and the bracket tricks `qs` reshapes. */
const formName: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fieldName, weight: 8 },
  {
    arbitrary: fc.constantFrom(
      'items[0][id]',
      'items[0][price]',
      'items[0][quantity]',
      'items[1][id]',
      'items[]',
      'items[0]',
      'items[0][]',
      'flow[]',
      'flow[0]',
      'a[b][c][d]',
      '[x]',
      'items[0][id',
      `__proto__[${POLLUTION_KEY}]`,
      `constructor[prototype][${POLLUTION_KEY}]`,
      `items[__proto__][${POLLUTION_KEY}]`,
      `items[0][__proto__]`,
      'items[-1][id]',
    ),
    weight: 3,
  },
);

const formValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'payment_method_update',
    'subscription_cancel',
    'subscription_update_confirm',
    'si_alice',
    'price_pro',
    '2',
    '',
  ),
  subscriptionId,
  returnTarget,
  quantity.map(String),
  fc.string({ maxLength: 10 }),
);

/** A urlencoded form body: fields encoded as browsers do, or written raw (stray `%`, `+`, `&&`, `=`). */
const formText: fc.Arbitrary<string> = fc
  .array(fc.tuple(formName, formValue, fc.boolean()), { maxLength: 7 })
  .map((fields) =>
    fields
      .map(([name, value, raw]) => (raw ? `${name}=${value}` : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`))
      .join('&'),
  );

/** Anything else: JSON that is not an object, broken JSON, text, whitespace padding past the size limit. */
const otherText: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 2 }),
  fc.constantFrom('', ' ', '{', '{"flow":', '[]', 'null', '"flow"', '{}{}', '\ufeff{}', '{"flow":"payment_method_update"}x'),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.integer({ min: 8_000, max: 8_400 }).map((size) => `{"flow":"payment_method_update"}${' '.repeat(size)}`),
  fc.integer({ min: 1, max: 3_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
);

/** A request body of any kind; mostly one the handler will read deeply. */
export const fuzzBody: fc.Arbitrary<FuzzBody> = fc.oneof(
  { arbitrary: jsonObjectText.map((text) => ({ kind: 'json' as const, text })), weight: 6 },
  { arbitrary: formText.map((text) => ({ kind: 'form' as const, text })), weight: 4 },
  { arbitrary: plausibleFields.map((fields) => ({ kind: 'json' as const, text: logicalJson(fields) })), weight: 4 },
  { arbitrary: plausibleFields.map((fields) => ({ kind: 'form' as const, text: logicalForm(fields) })), weight: 2 },
  { arbitrary: otherText.map((text) => ({ kind: 'other' as const, text })), weight: 1 },
);
