import { PORTAL_FLOWS } from '@portalkit/protocol';
import fc from 'fast-check';
import { returnTarget } from './url-tricks';

/*
 * Field names and values for fuzzed portal requests: mostly the fields the handler knows, with right
 * and wrong values, plus the names an attacker tries (server-side settings, prototype keys).
 */

const FLOWS = [...PORTAL_FLOWS];
export const SUBSCRIPTION_IDS = ['sub_alice', 'sub_bob', 'sub_alice_empty', 'sub_alice_two', 'sub_unknown'];
export const ITEM_IDS = ['si_alice', 'si_bob', 'si_alice_one', 'si_alice_two', 'si_unknown'];
export const PRICE_IDS = ['price_basic', 'price_pro', 'price_evil'];

/** The key a prototype-pollution attempt would set; the suite checks `({}).polluted` stays undefined. */
export const POLLUTION_KEY = 'polluted';

export const SERVER_SIDE_NAMES = [
  'customer',
  'customerId',
  'configuration',
  'on_behalf_of',
  'flow_data',
  'return_url',
  'after_completion',
  'discounts',
  'type',
];
export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** A subscription ID: known ones, one not the customer's, odd shapes, and long ones Stripe echoes back. */
export const subscriptionId: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(SUBSCRIPTION_IDS), weight: 6 },
  // Long ones near Stripe's 5,000-character limit: an unknown one comes back quoted in Stripe's error, then in our log.
  {
    arbitrary: fc
      .oneof(fc.integer({ min: 1, max: 5_010 }), fc.integer({ min: 4_900, max: 4_996 }))
      .map((length) => `sub_${'a'.repeat(length)}`),
    weight: 1,
  },
  {
    arbitrary: pick(['sub_', 'sub_alice ', 'sub_a/../b', 'sub_a%2Fb', 'SUB_alice', 'si_alice', 'sub_\u00e9', 'cus_alice']),
    weight: 1,
  },
);

/** A quantity as JSON would carry it: in range, at the edges, out of range, not whole. */
export const quantity: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }),
  pick([0, 1, 1_000_000, 1_000_001, -1, 1.5, 1e21, 2 ** 53]),
);

/** An item as the client means it; in a form, `quantity` travels as text. */
export interface LogicalItem {
  id?: string;
  price?: string;
  quantity?: number | string;
}

export const logicalItem: fc.Arbitrary<LogicalItem> = fc.record(
  {
    id: fc.oneof({ arbitrary: pick(ITEM_IDS), weight: 5 }, { arbitrary: pick(['', 'si_', 'sub_alice', 'si_a b']), weight: 1 }),
    price: fc.oneof({ arbitrary: pick(PRICE_IDS), weight: 5 }, { arbitrary: pick(['', 'price_', 'prod_basic']), weight: 1 }),
    quantity: fc.oneof({ arbitrary: quantity, weight: 5 }, { arbitrary: pick(['2', ' 2', '0x10', '1e3', '', 'two']), weight: 1 }),
  },
  { requiredKeys: [] },
);

/** A value for a known field, right or wrong, as a JS value that `JSON.stringify` can write. */
export function jsonFieldValue(name: string): fc.Arbitrary<unknown> {
  const wrongType = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.constant([]),
    fc.constant({}),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const right: Record<string, fc.Arbitrary<unknown>> = {
    flow: fc.oneof(
      { arbitrary: pick(FLOWS), weight: 6 },
      { arbitrary: pick(['', 'PAYMENT_METHOD_UPDATE', 'subscription_cancel ', 'toString']), weight: 1 },
    ),
    subscription: subscriptionId,
    items: fc.oneof(
      { arbitrary: fc.array(logicalItem, { minLength: 1, maxLength: 1 }), weight: 5 },
      { arbitrary: fc.array(logicalItem, { maxLength: 3 }), weight: 1 },
    ),
    returnTo: returnTarget,
    locale: pick(['auto', 'en', 'fr', 'fr-CA', 'pt-BR', 'xx', 'EN', '']),
  };
  // `hasOwn`: a field named `toString` or `__proto__` must not find Object.prototype's.
  const value = Object.hasOwn(right, name) ? right[name] : undefined;
  return value ? fc.oneof({ arbitrary: value, weight: 8 }, { arbitrary: wrongType, weight: 1 }) : fc.jsonValue({ maxDepth: 2 });
}

/** A field name: the known ones mostly, then server-side settings, prototype keys and random text. */
export const fieldName: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(['flow', 'subscription', 'items', 'returnTo', 'locale']), weight: 12 },
  { arbitrary: pick(SERVER_SIDE_NAMES), weight: 1 },
  { arbitrary: pick(PROTOTYPE_NAMES), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

/** Raw JSON values that try to pollute a prototype when someone merges them. */
export const POLLUTING_JSON = [
  `{"__proto__":{"${POLLUTION_KEY}":"yes"}}`,
  `{"constructor":{"prototype":{"${POLLUTION_KEY}":"yes"}}}`,
  `[{"__proto__":{"${POLLUTION_KEY}":"yes"}}]`,
  `[{"id":"si_alice","__proto__":{"${POLLUTION_KEY}":"yes"}}]`,
];
