import { PORTAL_FLOWS, SUBSCRIPTION_FLOWS } from '@portalkit/protocol';
import fc from 'fast-check';
import { jsonFieldValue, logicalItem, subscriptionId } from './field-arbitraries';
import { returnTarget } from './url-tricks';

/** An item's fields in order, so one can be given twice (`{"id":"si_a","id":"si_b"}`, `items[0][id]` twice). */
export type ItemEntries = Array<[key: string, value: string | number]>;

/** One field of a request as the client means it, whatever the encoding. */
export type LogicalField =
  | [name: 'flow' | 'subscription' | 'returnTo' | 'locale', value: string]
  | [name: 'items', value: ItemEntries[]];

const WELL_FORMED = /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/;

/*
 * An item both encodings carry alike: at least one field (a form cannot send an empty object), and no
 * quantity as digits-only text (a form's "2" is JSON's 2, but JSON's "2" is a wrong type). Now and then
 * one of its fields comes twice.
 */
const encodableItem: fc.Arbitrary<ItemEntries> = fc
  .record({
    item: logicalItem.filter(
      (item) => Object.keys(item).length > 0 && !(typeof item.quantity === 'string' && /^\d+$/.test(item.quantity)),
    ),
    repeat: fc.option(fc.nat(), { freq: 8 }),
  })
  .map(({ item, repeat }) => {
    const entries = Object.entries(item) as ItemEntries;
    return repeat === null ? entries : [...entries, entries[repeat % entries.length]!];
  });

/**
 * The fields of one request, for sending as JSON and as a form: values a form can carry (text, with
 * quantities that JSON sends as numbers), no lone surrogates (a form cannot encode one), and now and
 * then a field given twice.
 */
export const logicalFields: fc.Arbitrary<LogicalField[]> = fc
  .record({
    fields: fc.uniqueArray(
      fc.oneof(
        fc.tuple(
          fc.constant('flow' as const),
          jsonFieldValue('flow').filter((value): value is string => typeof value === 'string'),
        ),
        fc.tuple(fc.constant('subscription' as const), subscriptionId),
        fc.tuple(
          fc.constant('returnTo' as const),
          returnTarget.filter((target) => WELL_FORMED.test(target)),
        ),
        fc.tuple(fc.constant('locale' as const), fc.constantFrom('auto', 'fr', 'xx')),
        fc.tuple(fc.constant('items' as const), fc.array(encodableItem, { minLength: 1, maxLength: 2 })),
      ),
      // Each field once, so the only repeat is the one added below: two `items` would merge into one item in a form.
      { maxLength: 5, selector: ([name]) => name },
    ),
    repeat: fc.option(fc.nat(), { freq: 4 }),
  })
  .map(({ fields, repeat }) => {
    const again = repeat === null || fields.length === 0 ? undefined : fields[repeat % fields.length];
    return again === undefined || again[0] === 'items' ? fields : [...fields, again];
  });

/** True when a field, or a field of an item, is given twice. */
export function hasRepeatedField(fields: readonly LogicalField[]): boolean {
  const repeats = (names: string[]) => new Set(names).size < names.length;
  return (
    repeats(fields.map(([name]) => name)) ||
    fields.some(([name, value]) => name === 'items' && value.some((item) => repeats(item.map(([key]) => key))))
  );
}

/** A JSON string whose first character is a `\u` escape: `"\u0066low"` is `"flow"` to `JSON.parse`, not to a check on the raw text. */
export function escapedKey(key: string): string {
  return key === '' ? '""' : `"\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(key).slice(2)}`;
}

/** The JSON text of these fields, a repeated field written twice; with `escapeKeys`, each key starts with a `\u` escape. */
export function logicalJson(fields: readonly LogicalField[], escapeKeys = false): string {
  const key = escapeKeys ? escapedKey : (name: string) => JSON.stringify(name);
  const object = (entries: ReadonlyArray<readonly [string, string]>) =>
    `{${entries.map(([name, text]) => `${key(name)}:${text}`).join(',')}}`;
  return object(
    fields.map(([name, value]) => [
      name,
      name === 'items'
        ? `[${value.map((item) => object(item.map(([itemKey, part]) => [itemKey, JSON.stringify(part)] as const))).join(',')}]`
        : JSON.stringify(value),
    ]),
  );
}

/** The form text of these fields, items in bracket notation, numbers as text. */
export function logicalForm(fields: readonly LogicalField[]): string {
  const form = new URLSearchParams();
  for (const [name, value] of fields) {
    if (name !== 'items') {
      form.append(name, value);
      continue;
    }
    value.forEach((item, index) => {
      for (const [key, part] of item) form.append(`items[${index}][${key}]`, String(part));
    });
  }
  return form.toString();
}

/**
 * The fields of a request that is right, or nearly: a flow with the fields it takes, so most such
 * requests get past the field checks to auth, the ownership check and Stripe.
 */
export const plausibleFields: fc.Arbitrary<LogicalField[]> = fc
  .record({
    flow: fc.option(fc.constantFrom(...PORTAL_FLOWS), { freq: 8 }),
    subscription: subscriptionId,
    item: logicalItem,
    returnTo: fc.option(returnTarget, { freq: 3 }),
    locale: fc.option(fc.constantFrom('auto', 'fr', 'pt-BR'), { freq: 1 }),
  })
  .map(({ flow, subscription, item, returnTo, locale }) => {
    const fields: LogicalField[] = [];
    if (flow !== null) fields.push(['flow', flow]);
    if (flow !== null && (SUBSCRIPTION_FLOWS as readonly string[]).includes(flow)) fields.push(['subscription', subscription]);
    if (flow === 'subscription_update_confirm') fields.push(['items', [Object.entries(item) as ItemEntries]]);
    if (returnTo !== null) fields.push(['returnTo', returnTo]);
    if (locale !== null) fields.push(['locale', locale]);
    return fields;
  });
