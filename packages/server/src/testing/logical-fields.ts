import { PORTAL_FLOWS, SUBSCRIPTION_FLOWS } from '@portalkit/protocol';
import fc from 'fast-check';
import { jsonFieldValue, logicalItem, subscriptionId, type LogicalItem } from './field-arbitraries';
import { returnTarget } from './url-tricks';

/** One field of a request as the client means it, whatever the encoding. */
export type LogicalField =
  | [name: 'flow' | 'subscription' | 'returnTo' | 'locale', value: string]
  | [name: 'items', value: LogicalItem[]];

const WELL_FORMED = /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/;

/*
 * An item both encodings carry alike: at least one field (a form cannot send an empty object), and no
 * quantity as digits-only text (a form's "2" is JSON's 2, but JSON's "2" is a wrong type).
 */
const encodableItem = logicalItem.filter(
  (item) => Object.keys(item).length > 0 && !(typeof item.quantity === 'string' && /^\d+$/.test(item.quantity)),
);

/**
 * The fields of one request, for sending as JSON and as a form: values a form can carry (text, with
 * quantities that JSON sends as numbers), no lone surrogates (a form cannot encode one), and now and
 * then a field given twice.
 */
export const logicalFields: fc.Arbitrary<LogicalField[]> = fc
  .record({
    fields: fc.uniqueArray(
      fc.oneof(
        fc.tuple(fc.constant('flow' as const), jsonFieldValue('flow').filter((value): value is string => typeof value === 'string')),
        fc.tuple(fc.constant('subscription' as const), subscriptionId),
        fc.tuple(fc.constant('returnTo' as const), returnTarget.filter((target) => WELL_FORMED.test(target))),
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

/** The JSON text of these fields, a repeated field written twice. */
export function logicalJson(fields: readonly LogicalField[]): string {
  return `{${fields.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`).join(',')}}`;
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
      for (const [key, part] of Object.entries(item)) form.append(`items[${index}][${key}]`, String(part));
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
    items: fc.array(logicalItem, { minLength: 1, maxLength: 1 }),
    returnTo: fc.option(returnTarget, { freq: 3 }),
    locale: fc.option(fc.constantFrom('auto', 'fr', 'pt-BR'), { freq: 1 }),
  })
  .map(({ flow, subscription, items, returnTo, locale }) => {
    const fields: LogicalField[] = [];
    if (flow !== null) fields.push(['flow', flow]);
    if (flow !== null && (SUBSCRIPTION_FLOWS as readonly string[]).includes(flow)) fields.push(['subscription', subscription]);
    if (flow === 'subscription_update_confirm') fields.push(['items', items]);
    if (returnTo !== null) fields.push(['returnTo', returnTo]);
    if (locale !== null) fields.push(['locale', locale]);
    return fields;
  });
