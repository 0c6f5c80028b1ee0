import type Stripe from 'stripe';

/** What the app knows about a subscription: only what Stripe's webhooks told it. */
export interface StoredSubscription {
  id: string;
  status: Stripe.Subscription.Status;
  cancelAtPeriodEnd: boolean;
}

/*
 * Stands in for the app's database. On globalThis because Next may load this module once per route
 * bundle in one server process; a real app writes to its database instead.
 */
const shared = globalThis as { billingStore?: Map<string, StoredSubscription> };
shared.billingStore ??= new Map();
const store = shared.billingStore;

/**
 * Saves what a `customer.subscription.*` webhook says about a subscription.
 *
 * @example
 * 'customer.subscription.updated': async (event) => saveSubscription(event.data.object),
 */
export async function saveSubscription(subscription: Stripe.Subscription): Promise<void> {
  const customer = typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id;
  store.set(customer, { id: subscription.id, status: subscription.status, cancelAtPeriodEnd: subscription.cancel_at_period_end });
}

/**
 * The customer's subscription as the last webhook described it, or undefined before any webhook.
 *
 * @example
 * const subscription = await subscriptionOf('cus_...');
 */
export async function subscriptionOf(customerId: string): Promise<StoredSubscription | undefined> {
  return store.get(customerId);
}
