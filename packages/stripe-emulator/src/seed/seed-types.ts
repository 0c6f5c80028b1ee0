import type Stripe from 'stripe';
import type { PriceInput, ProductInput } from '../objects/catalog';
import type { CouponInput } from '../objects/coupon';
import type { CustomerInput } from '../objects/customer';
import type { CardDetails } from '../objects/payment-method';
import type { ConfigurationCreateInput } from '../objects/portal-configuration';

/** A saved card, attached to a customer. */
export interface SeedPaymentMethod {
  id?: string;
  customer: string;
  card: CardDetails;
  /** Make it the customer's `invoice_settings.default_payment_method`. @defaultValue false */
  default?: boolean;
  name?: string | null;
}

/** A subscription; items name their price by ID. */
export interface SeedSubscription {
  id?: string;
  customer: string;
  /**
   * An Accounts v2 account (`acct_...`) that is the customer: portal sessions may then name it as
   * `customer_account`. The emulator keeps `customer` too, for its pages.
   */
  customer_account?: string | null;
  items: { id?: string; price: string; quantity?: number }[];
  /** @defaultValue `'active'` */
  status?: Stripe.Subscription.Status;
  created?: number;
  current_period_start?: number;
  cancel_at_period_end?: boolean;
  default_payment_method?: string | null;
  metadata?: Record<string, string>;
}

/**
 * An invoice of a seeded subscription for its current period, billing each of its items. `open`
 * invoices count as failed once per `attempt_count`, as a renewal whose charge was declined.
 */
export interface SeedInvoice {
  id?: string;
  subscription: string;
  /** @defaultValue `'paid'` */
  status?: 'open' | 'paid';
  /** @defaultValue 1 */
  attempt_count?: number;
  /** @defaultValue the subscription's current period start */
  created?: number;
}

/** A portal configuration: the create parameters, plus a fixed ID and the default flag. */
export type SeedPortalConfiguration = ConfigurationCreateInput & {
  id?: string;
  /** @defaultValue true when no default configuration exists yet (Stripe's first saved one is the default) */
  is_default?: boolean;
};

/**
 * Objects to load into the emulator without sending webhooks. References are by ID and must point
 * at objects in the same seed or already loaded. Leave `portalConfigurations` empty to reproduce a
 * Stripe account whose test-mode portal settings were never saved.
 *
 * @example
 * emulator.seed({
 *   customers: [{ id: 'cus_test', email: 'test@example.com' }],
 *   subscriptions: [{ customer: 'cus_test', items: [{ price: DEMO_IDS.prices.proMonthly, quantity: 3 }] }],
 * });
 */
export interface EmulatorSeed {
  products?: ProductInput[];
  prices?: PriceInput[];
  coupons?: CouponInput[];
  customers?: CustomerInput[];
  paymentMethods?: SeedPaymentMethod[];
  subscriptions?: SeedSubscription[];
  invoices?: SeedInvoice[];
  portalConfigurations?: SeedPortalConfiguration[];
}
