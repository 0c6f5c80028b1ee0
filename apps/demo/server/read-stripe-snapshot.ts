import type Stripe from 'stripe';
import { createPriceCatalog, type PriceCatalog } from './price-catalog';

/** What the demo reads from Stripe at start: the catalog and who may sign in. Billing comes from the projection. */
export interface StripeSnapshot {
  catalog: PriceCatalog;
  customers: Stripe.Customer[];
}

/** The Stripe calls the start-up read makes, so a test can see exactly what it depends on. */
export type SnapshotStripeClient = Pick<Stripe, 'customers' | 'prices' | 'products'>;

/**
 * Reads the catalog and the first `customerLimit` customers. With the emulator these are the demo's
 * seeded customers; with a Stripe test account, its newest ones.
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
  return { catalog: createPriceCatalog(prices.data, products.data), customers: customers.data };
}
