import type { BillingDiscount } from '@portalkit/protocol';
import type Stripe from 'stripe';
import type { ProjectedObject } from './apply-versioned';
import { idOf, toBillingSubscription } from './billing-records';
import type { ProjectionRow } from './projection-store';
import type { ProjectionStripeClient } from './projection-stripe';
import {
  DESCRIBED_DISCOUNTS,
  describedDiscounts,
  discountIds,
  everyDescribed,
  knownDiscounts,
  sameIds,
} from './subscription-discounts';

/**
 * A subscription as a row, with its discounts' terms: owned by its customer and, on Accounts v2, its
 * account. An event names discounts by ID, so they are read from Stripe (the subscription, expanded)
 * only when the row does not already describe those very discounts: most subscription events, and a
 * subscription that was read expanded, cost no call.
 *
 * @example
 * const { owner, data } = await projectSubscription(event.data.object, current, stripe);
 */
export async function projectSubscription(
  subscription: Stripe.Subscription,
  current: ProjectionRow | undefined,
  stripe: ProjectionStripeClient,
): Promise<ProjectedObject> {
  const discounts = describedDiscounts(subscription) ?? knownDiscounts(subscription, current);
  if (discounts !== undefined) return toRow(subscription, discounts);
  const fresh = await retrieveDescribed(stripe, subscription.id);
  // Stripe still has the event's discounts: its copy describes them, and the rest of the event stands.
  if (sameIds(discountIds(fresh), discountIds(subscription))) return toRow(subscription, everyDescribed(fresh));
  // The discounts changed after this event, so Stripe's copy is newer than the event's: write that.
  return toRow(fresh, everyDescribed(fresh));
}

/**
 * Whether {@link projectSubscription} would ask Stripe for this subscription, given the row.
 *
 * @example
 * if (subscriptionNeedsStripe(event.data.object, current)) metrics.increment('stripe.read');
 */
export function subscriptionNeedsStripe(subscription: Stripe.Subscription, current: ProjectionRow | undefined): boolean {
  return describedDiscounts(subscription) === undefined && knownDiscounts(subscription, current) === undefined;
}

/**
 * Stripe's current copy of a subscription, its discounts described, as a row.
 *
 * @example
 * const fresh = await fetchSubscription(stripe, 'sub_123');
 */
export async function fetchSubscription(stripe: ProjectionStripeClient, id: string): Promise<ProjectedObject> {
  const fresh = await retrieveDescribed(stripe, id);
  return toRow(fresh, everyDescribed(fresh));
}

function retrieveDescribed(stripe: ProjectionStripeClient, id: string): Promise<Stripe.Subscription> {
  return stripe.subscriptions.retrieve(id, { expand: DESCRIBED_DISCOUNTS });
}

function toRow(subscription: Stripe.Subscription, discounts: BillingDiscount[]): ProjectedObject {
  const account = subscription.customer_account ?? null;
  return {
    owner: idOf(subscription.customer) ?? account ?? '',
    account,
    data: toBillingSubscription(subscription, discounts),
  };
}
