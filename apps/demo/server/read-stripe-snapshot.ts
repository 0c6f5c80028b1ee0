import type Stripe from 'stripe';
import type { CustomerSnapshot } from './billing-projection';
import { createPriceCatalog, type PriceCatalog } from './price-catalog';

/** Everything the demo reads from Stripe once, at start; after that only webhooks change its state. */
export interface StripeSnapshot {
  catalog: PriceCatalog;
  customers: CustomerSnapshot[];
}

/** The Stripe calls the start-up read makes, so a test can see exactly what it depends on. */
export type SnapshotStripeClient = Pick<
  Stripe,
  'customers' | 'prices' | 'products' | 'subscriptions' | 'paymentMethods' | 'invoices'
>;

/**
 * Reads the catalog and the first `customerLimit` customers with their subscriptions, default card and open invoices.
 *
 * With the emulator these are the demo's seeded customers; with a Stripe test account, its newest ones.
 *
 * @example
 * const { catalog, customers } = await readStripeSnapshot(stripe, { customerLimit: 6 });
 */
export async function readStripeSnapshot(
  stripe: SnapshotStripeClient,
  { customerLimit }: { customerLimit: number },
): Promise<StripeSnapshot> {
  const [prices, products, customers] = await Promise.all([
    stripe.prices.list({ active: true, limit: 100 }),
    stripe.products.list({ limit: 100 }),
    stripe.customers.list({ limit: customerLimit }),
  ]);
  const snapshots = await Promise.all(
    customers.data.map(async (customer): Promise<CustomerSnapshot> => {
      const defaultMethod = customer.invoice_settings?.default_payment_method ?? null;
      const [subscriptions, paymentMethod, openInvoices] = await Promise.all([
        stripe.subscriptions.list({ customer: customer.id, status: 'all', limit: 100 }),
        typeof defaultMethod === 'string' ? stripe.paymentMethods.retrieve(defaultMethod) : defaultMethod,
        stripe.invoices.list({ customer: customer.id, status: 'open', limit: 100 }),
      ]);
      return { customer, subscriptions: subscriptions.data, paymentMethod, openInvoices: openInvoices.data };
    }),
  );
  return { catalog: createPriceCatalog(prices.data, products.data), customers: snapshots };
}
