import { BillingError } from '@portalkit/protocol';
import type { PortalStripeClient } from './portal-handler-options';
import type { UpdateItem } from './parse-update-item';

/*
 * One message for "does not exist" and "is someone else's", so the answer never tells a customer
 * whether another customer's subscription ID is real. `map-stripe-error.ts` uses it for Stripe's own
 * 404 on the same lookup.
 */
export const SUBSCRIPTION_NOT_FOUND = 'No subscription with this ID belongs to the signed-in customer.';
const ITEM_NOT_FOUND = 'No item with this ID belongs to the subscription.';

/**
 * Makes sure the subscription belongs to the signed-in customer (and, for update-confirm, that the item
 * belongs to the subscription) before a session is created for it.
 *
 * Stripe does not promise to refuse a flow for another customer's subscription at session creation,
 * so the handler never relies on it: one retrieve, then compare.
 */
export async function checkOwnership(
  stripe: PortalStripeClient,
  customerId: string,
  subscriptionId: string,
  item: UpdateItem | undefined,
): Promise<void> {
  const subscription = await stripe.subscriptions.retrieve(subscriptionId);
  // Retrieved without `expand`, so `customer` is the ID; an expanded customer object never equals it and is refused.
  if (subscription.customer !== customerId) {
    throw new BillingError('NOT_FOUND', SUBSCRIPTION_NOT_FOUND, { param: 'subscription' });
  }
  // Only the first page of items is looked at: Stripe cannot update-confirm a subscription with several items anyway.
  if (item !== undefined && !subscription.items.data.some((candidate) => candidate.id === item.id)) {
    throw new BillingError('NOT_FOUND', ITEM_NOT_FOUND, { param: 'items[0].id' });
  }
}
