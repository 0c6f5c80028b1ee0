import { refreshObject } from './apply-versioned';
import type { BillingProjectionStore, ProjectionRow } from './projection-store';
import { fetchCustomer, fetchSubscription, projectSubscription, type ProjectionStripeClient } from './projection-stripe';

/**
 * Copies Stripe's current state of one customer's subscriptions (every status) and, for a
 * `cus_...` customer, its default payment method into the projection: for when a webhook is late or
 * lost. Rows keep their event versions, so events from later seconds still apply on top.
 *
 * @example
 * await reconcileCustomer(store, stripe, 'cus_123');
 */
export async function reconcileCustomer(
  store: BillingProjectionStore,
  stripe: ProjectionStripeClient,
  customer: string,
): Promise<void> {
  // Read before listing: a row written after this read may be newer than the list, and must not be overwritten by it.
  const before = new Map<string, ProjectionRow>();
  for (const row of await store.listFor(customer)) if (row.kind === 'subscription') before.set(row.id, row);
  const filter = customer.startsWith('acct_') ? { customer_account: customer } : { customer };
  for await (const subscription of stripe.subscriptions.list({ ...filter, status: 'all', limit: 100 })) {
    const current = before.get(subscription.id);
    const row = {
      kind: 'subscription' as const,
      id: subscription.id,
      ...projectSubscription(subscription),
      version: current?.version ?? 0,
      eventIds: current?.eventIds ?? [],
    };
    if (await store.write(row, current?.revision ?? null)) continue;
    // An event landed meanwhile: fetch this one again, after reading what that event wrote.
    await refreshObject(store, 'subscription', subscription.id, () => fetchSubscription(stripe, subscription.id));
  }
  if (customer.startsWith('cus_')) {
    await refreshObject(store, 'customer', customer, (current) => fetchCustomer(stripe, customer, current));
  }
}
