import type { BillingDiscount, BillingSubscription } from '@portalkit/protocol';
import type Stripe from 'stripe';
import { toBillingDiscount } from './billing-records';
import type { ProjectionRow } from './projection-store';

/*
 * A subscription names its discounts by ID (`di_...`) unless they are expanded, and a discount names
 * its coupon by ID under `source.coupon` (stripe-node 23: `Subscription.discounts: Array<string |
 * Discount>`, `Discount.Source.coupon: string | Coupon | null`). Discounts cannot be fetched by ID,
 * so their terms come from the subscription, expanded two levels deep.
 */

/**
 * What to expand when retrieving a subscription, so that it describes its discounts.
 *
 * @example
 * await stripe.subscriptions.retrieve('sub_123', { expand: DESCRIBED_DISCOUNTS });
 */
export const DESCRIBED_DISCOUNTS = ['discounts.source.coupon'];

/**
 * The same for each subscription of a list: `data.` and three levels, Stripe's limit of four.
 *
 * @example
 * stripe.subscriptions.list({ customer: 'cus_123', expand: DESCRIBED_DISCOUNTS_IN_LIST });
 */
export const DESCRIBED_DISCOUNTS_IN_LIST = ['data.discounts.source.coupon'];

/**
 * The IDs of a subscription's discounts in Stripe's order, expanded or not.
 *
 * @example
 * discountIds(event.data.object); // ['di_123']
 */
export function discountIds(subscription: Stripe.Subscription): string[] {
  return (subscription.discounts ?? []).map((discount) => (typeof discount === 'string' ? discount : discount.id));
}

/**
 * The subscription's discounts with their coupons' terms when it carries them all (expanded, or no
 * discount at all); `undefined` when one is only an ID, or names its coupon only by ID.
 *
 * @example
 * describedDiscounts(await stripe.subscriptions.retrieve('sub_123', { expand: DESCRIBED_DISCOUNTS }));
 */
export function describedDiscounts(subscription: Stripe.Subscription): BillingDiscount[] | undefined {
  const described = (subscription.discounts ?? []).map(describe);
  return described.every((one) => one !== null) ? described : undefined;
}

/**
 * After an expanded read: the discounts that carry their coupon's terms. One that still does not (a
 * source that is no coupon) has none to show, and is left out.
 *
 * @example
 * everyDescribed(await stripe.subscriptions.retrieve('sub_123', { expand: DESCRIBED_DISCOUNTS }));
 */
export function everyDescribed(subscription: Stripe.Subscription): BillingDiscount[] {
  return (subscription.discounts ?? []).map(describe).filter((one) => one !== null);
}

function describe(discount: string | Stripe.Discount): BillingDiscount | null {
  return typeof discount === 'string' ? null : toBillingDiscount(discount);
}

/**
 * The discounts the row already describes, when they are exactly the subscription's (the same IDs in
 * the same order): a discount's coupon, start and end are fixed once it is applied, so they need no
 * second read. `undefined` otherwise, and for rows written before discounts were kept.
 *
 * @example
 * const known = knownDiscounts(event.data.object, await store.read('subscription', 'sub_123'));
 */
export function knownDiscounts(
  subscription: Stripe.Subscription,
  current: ProjectionRow | undefined,
): BillingDiscount[] | undefined {
  const known = (current?.data as Partial<BillingSubscription> | undefined)?.discounts;
  return known !== undefined &&
    sameIds(
      known.map((discount) => discount.id),
      discountIds(subscription),
    )
    ? known
    : undefined;
}

/**
 * Whether two lists name the same discounts in the same order.
 *
 * @example
 * sameIds(['di_1'], discountIds(subscription));
 */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
