import type Stripe from 'stripe';
import { createTable, type Table } from './table';
import type { CheckoutSessionRecord } from './checkout-session-record';
import type { PortalSessionRecord } from './portal-session-record';

/**
 * Everything the emulator knows, one table per object type. Portal sessions are keyed by the secret
 * token in their URL, not by their `bps_...` ID, because that token is what a page request carries.
 *
 * @example
 * emulator.store.subscriptions.get(DEMO_IDS.subscriptions.active)?.cancel_at_period_end;
 */
export interface EmulatorStore {
  readonly customers: Table<Stripe.Customer>;
  /** IDs of deleted customers, which Stripe still answers for with `{ deleted: true }`. */
  readonly deletedCustomers: Set<string>;
  readonly products: Table<Stripe.Product>;
  readonly prices: Table<Stripe.Price>;
  readonly coupons: Table<Stripe.Coupon>;
  readonly discounts: Table<Stripe.Discount>;
  readonly paymentMethods: Table<Stripe.PaymentMethod>;
  readonly subscriptions: Table<Stripe.Subscription>;
  readonly portalConfigurations: Table<Stripe.BillingPortal.Configuration>;
  readonly portalSessions: Table<PortalSessionRecord>;
  /** Checkout Sessions with their line items and the secret of their hosted page. */
  readonly checkoutSessions: Table<CheckoutSessionRecord>;
  readonly invoices: Table<Stripe.Invoice>;
  readonly events: Table<Stripe.Event>;
  /** Empties every table. */
  clear(): void;
}

/**
 * Creates an empty store.
 *
 * @example
 * const store = createStore();
 * store.customers.get('cus_demo_active');
 */
export function createStore(): EmulatorStore {
  const tables = {
    customers: createTable<Stripe.Customer>(),
    products: createTable<Stripe.Product>(),
    prices: createTable<Stripe.Price>(),
    coupons: createTable<Stripe.Coupon>(),
    discounts: createTable<Stripe.Discount>(),
    paymentMethods: createTable<Stripe.PaymentMethod>(),
    subscriptions: createTable<Stripe.Subscription>(),
    portalConfigurations: createTable<Stripe.BillingPortal.Configuration>(),
    portalSessions: createTable<PortalSessionRecord>(),
    checkoutSessions: createTable<CheckoutSessionRecord>(),
    invoices: createTable<Stripe.Invoice>(),
    events: createTable<Stripe.Event>(),
  };
  const deletedCustomers = new Set<string>();
  return {
    ...tables,
    deletedCustomers,
    clear() {
      for (const table of Object.values(tables)) table.clear();
      deletedCustomers.clear();
    },
  };
}

/** The customer's subscriptions, newest first, canceled ones included. */
export function subscriptionsOf(store: EmulatorStore, customerId: string): Stripe.Subscription[] {
  return store.subscriptions.list().filter((s) => s.customer === customerId);
}

/** The configuration used when a session names none: the one marked `is_default`. */
export function defaultConfiguration(store: EmulatorStore): Stripe.BillingPortal.Configuration | undefined {
  return store.portalConfigurations.list().find((c) => c.is_default);
}

/** The customer's invoices, newest first. */
export function invoicesOf(store: EmulatorStore, customerId: string): Stripe.Invoice[] {
  return store.invoices.list().filter((invoice) => invoice.customer === customerId);
}

/** The subscription an invoice bills (API 2026 keeps it under `parent.subscription_details`). */
export function subscriptionOfInvoice(invoice: Stripe.Invoice): string | null {
  const subscription = invoice.parent?.subscription_details?.subscription ?? null;
  return typeof subscription === 'string' || subscription === null ? subscription : subscription.id;
}
