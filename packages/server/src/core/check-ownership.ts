import { BillingError } from '@portalkit/protocol';
import type { OwnsSubscription, PortalStripeClient } from './portal-handler-options';
import type { UpdateItem } from './parse-update-item';
import type { SafeLogger } from './safe-logger';
import { isCustomerAccount } from './stripe-id';

/*
 * One message for "does not exist" and "is someone else's", so the answer never tells a customer
 * whether another customer's subscription ID is real. `map-stripe-error.ts` uses it for Stripe's own
 * 404 on the same lookup.
 */
export const SUBSCRIPTION_NOT_FOUND = 'No subscription with this ID belongs to the signed-in customer.';
const ITEM_NOT_FOUND = 'No item with this ID belongs to the subscription.';

/**
 * What the app's own records say about the subscription: `true` (it is the customer's, with the item),
 * `false` (it is someone else's) or `undefined` (they do not know, or the lookup failed: ask Stripe).
 */
export async function knownOwnership(
  ownsSubscription: OwnsSubscription | undefined,
  customerId: string,
  subscriptionId: string,
  item: UpdateItem | undefined,
  logger: SafeLogger,
): Promise<boolean | undefined> {
  if (ownsSubscription === undefined) return undefined;
  try {
    const known = await ownsSubscription(customerId, subscriptionId, item?.id);
    return known === true || known === false ? known : undefined;
  } catch (error) {
    // The app's records being down must not stop the click: Stripe can still answer.
    logger.warn('ownsSubscription threw; asked Stripe who owns the subscription instead.', { error });
    return undefined;
  }
}

/**
 * Makes sure the subscription belongs to the signed-in customer (and, for update-confirm, that the item
 * belongs to the subscription) before a session is created for it.
 *
 * Stripe does not promise to refuse a flow for another customer's subscription at session creation,
 * so the handler never relies on it: one retrieve, then compare. An Accounts v2 customer (`acct_...`)
 * is compared with the subscription's `customer_account`.
 */
export async function checkOwnership(
  stripe: PortalStripeClient,
  customerId: string,
  subscriptionId: string,
  item: UpdateItem | undefined,
): Promise<void> {
  const subscription = await stripe.subscriptions.retrieve(subscriptionId);
  // Retrieved without `expand`, so the owner is an ID; an expanded customer object never equals it and is refused.
  const owner = isCustomerAccount(customerId) ? subscription.customer_account : subscription.customer;
  if (owner !== customerId) {
    throw new BillingError('NOT_FOUND', SUBSCRIPTION_NOT_FOUND, { param: 'subscription' });
  }
  // Only the first page of items is looked at: Stripe cannot update-confirm a subscription with several items anyway.
  if (item !== undefined && !subscription.items.data.some((candidate) => candidate.id === item.id)) {
    throw new BillingError('NOT_FOUND', ITEM_NOT_FOUND, { param: 'items[0].id' });
  }
}

/** The refusal for a subscription the app's own records say is someone else's. */
export function notTheirs(): BillingError {
  return new BillingError('NOT_FOUND', SUBSCRIPTION_NOT_FOUND, { param: 'subscription' });
}
