import type { BillingInvoice, BillingSubscription } from '@portalkit/protocol';
import type { CustomerBilling } from './create-billing-projection';
import type { BillingProjectionStore } from './projection-store';
import type { ProjectedCustomer } from './projection-stripe';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One customer's billing state from the store's rows: subscriptions (with their discounts) and open
 * invoices by ID, the default payment method, and the version.
 *
 * @example
 * const { version, subscriptions } = await readCustomerBilling(store, 'cus_123');
 */
export async function readCustomerBilling(store: BillingProjectionStore, customer: string): Promise<CustomerBilling> {
  const rows = await store.listFor(customer);
  // A sum, not a maximum: every write gives its row a greater revision, so the sum grows with any
  // write, even one whose revision was drawn before a write that committed first.
  const version = rows.reduce((sum, row) => sum + BigInt(row.revision), 0n);
  const subscriptions = rows
    .filter((row) => row.kind === 'subscription')
    // Rows written before discounts were kept have none: they read as no discount until the next event.
    .map(({ data }) => ({ ...(data as BillingSubscription), discounts: (data as Partial<BillingSubscription>).discounts ?? [] }));
  const openInvoices = rows
    .filter((row) => row.kind === 'invoice' && (row.data as { status: unknown }).status === 'open')
    .map(({ data }) => {
      const { status: _status, ...invoice } = data as BillingInvoice & { status: string };
      return invoice;
    });
  const customerRow = rows.find((row) => row.kind === 'customer' && row.id === customer);
  const customerData = customerRow?.data as ProjectedCustomer | undefined;
  return {
    version: String(version),
    subscriptions: subscriptions.sort(byId),
    customer: customerData ? { name: customerData.name ?? null, email: customerData.email ?? null } : null,
    defaultPaymentMethod: customerData?.defaultPaymentMethod ?? null,
    openInvoices: openInvoices.sort(byId),
  };
}
