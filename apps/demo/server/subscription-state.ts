import type Stripe from 'stripe';
import type { SubscriptionState } from './billing-state';
import type { PriceCatalog } from './price-catalog';

/**
 * What the account page shows of a subscription, from Stripe's object (a webhook payload or the
 * start-up read): its first item's plan, named from the catalog.
 *
 * @example
 * toSubscriptionState(event.data.object, catalog).plan?.productName; // 'Pro'
 */
export function toSubscriptionState(subscription: Stripe.Subscription, catalog: PriceCatalog): SubscriptionState {
  const item = subscription.items.data[0];
  return {
    id: subscription.id,
    status: subscription.status,
    plan: item ? catalog.describe(item.price) : null,
    itemId: item?.id ?? null,
    quantity: item?.quantity ?? 1,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    cancelAt: subscription.cancel_at,
    paused: subscription.pause_collection != null || subscription.status === 'paused',
    currentPeriodEnd: item?.current_period_end ?? null,
  };
}
