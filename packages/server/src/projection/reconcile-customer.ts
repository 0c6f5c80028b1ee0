import { refreshObject, type ProjectedObject } from './apply-versioned';
import type { BillingProjectionStore, ProjectedKind, ProjectionRow } from './projection-store';
import { fetchSubscription, projectSubscription } from './project-subscription';
import { fetchCustomer, fetchInvoice, projectInvoice, type ProjectionStripeClient } from './projection-stripe';
import { DESCRIBED_DISCOUNTS_IN_LIST } from './subscription-discounts';

/**
 * Copies Stripe's current state of one customer's subscriptions (every status), open invoices and,
 * for a `cus_...` customer, its name, email and default payment method into the projection: for when
 * a webhook is late or lost, and to start tracking a customer. Rows keep their event versions, so
 * events from later seconds still apply on top.
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
  for (const row of await store.listFor(customer)) before.set(`${row.kind}:${row.id}`, row);
  const filter = customer.startsWith('acct_') ? { customer_account: customer } : { customer };
  const copy = async (kind: ProjectedKind, id: string, object: ProjectedObject, refetch: () => Promise<ProjectedObject>) => {
    const current = before.get(`${kind}:${id}`);
    const row = { kind, id, ...object, version: current?.version ?? 0, eventIds: current?.eventIds ?? [] };
    if (await store.write(row, current?.revision ?? null)) return;
    // An event landed meanwhile: fetch this one again, after reading what that event wrote.
    await refreshObject(store, kind, id, refetch);
  };

  const subscriptions = stripe.subscriptions.list({ ...filter, status: 'all', limit: 100, expand: DESCRIBED_DISCOUNTS_IN_LIST });
  for await (const subscription of subscriptions) {
    const current = before.get(`subscription:${subscription.id}`);
    await copy('subscription', subscription.id, await projectSubscription(subscription, current, stripe), () =>
      fetchSubscription(stripe, subscription.id),
    );
  }
  const open = new Set<string>();
  for await (const invoice of stripe.invoices.list({ ...filter, status: 'open', limit: 100 })) {
    const id = invoice.id as string;
    open.add(id);
    await copy('invoice', id, projectInvoice(invoice), () => fetchInvoice(stripe, id));
  }
  // An invoice the projection holds as open but Stripe no longer lists was paid or voided while its event was lost.
  for (const row of before.values()) {
    if (row.kind !== 'invoice' || open.has(row.id) || (row.data as { status?: unknown }).status !== 'open') continue;
    await refreshObject(store, 'invoice', row.id, () => fetchInvoice(stripe, row.id));
  }
  if (customer.startsWith('cus_')) {
    await refreshObject(store, 'customer', customer, (current) => fetchCustomer(stripe, customer, current));
  }
}
