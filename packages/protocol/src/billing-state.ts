/*
 * The billing state the server's billing-state handler answers with: the app's own copy of the
 * signed-in customer's subscriptions, default card and open invoices, as webhooks left it. Only what a
 * billing page shows: no secrets, no client secrets, no hosted invoice URLs.
 */

/**
 * One price on a subscription (a subscription item).
 *
 * @example
 * const seats = subscription.items.reduce((sum, item: BillingSubscriptionItem) => sum + (item.quantity ?? 0), 0);
 */
export interface BillingSubscriptionItem {
  /** The subscription item (`si_...`). */
  id: string;
  /** The price (`price_...`). */
  price: string;
  /** The price's product (`prod_...`), or `null` when Stripe did not say. */
  product: string | null;
  quantity: number | null;
  /** In the currency's smallest unit, e.g. cents; `null` for tiered or custom prices. */
  unitAmount: number | null;
  /** Three-letter ISO code, lower case, e.g. `usd`. */
  currency: string | null;
  /** `day`, `week`, `month` or `year`; `null` for a one-time price. */
  interval: string | null;
  /** Unix seconds: since API 2025-03-31 the current period lives on each item. */
  currentPeriodStart: number | null;
  currentPeriodEnd: number | null;
}

/**
 * A discount in effect on a subscription (Stripe's `discount`, with its coupon's terms), such as an
 * accepted retention offer.
 *
 * @example
 * const label = (discount: BillingDiscount) => discount.percentOff === null ? 'Amount off' : `${discount.percentOff}% off`;
 */
export interface BillingDiscount {
  /** `di_...` */
  id: string;
  /** The coupon it applies. */
  couponId: string;
  /** The coupon's name, as the customer may see it, or `null`. */
  name: string | null;
  /** The percentage taken off, e.g. `25`; `null` for an amount off. */
  percentOff: number | null;
  /** The amount taken off, in the currency's smallest unit; `null` for a percentage. */
  amountOff: number | null;
  /** The currency of `amountOff`, lower case; `null` for a percentage. */
  currency: string | null;
  /** `once` (the next invoice), `repeating` (until `end`) or `forever`. */
  duration: string;
  /** Unix seconds it started. */
  start: number;
  /** Unix seconds it stops applying, or `null` (`once` and `forever`). */
  end: number | null;
}

/**
 * A subscription, as the projection last saw it.
 *
 * @example
 * const ending = (subscription: BillingSubscription) => subscription.cancelAtPeriodEnd || subscription.cancelAt !== null;
 */
export interface BillingSubscription {
  /** `sub_...` */
  id: string;
  /** Stripe's status: `active`, `trialing`, `past_due`, `canceled`, `unpaid`, `incomplete`, `paused`, ... */
  status: string;
  /** Unix seconds at which it is set to end, or `null`. */
  cancelAt: number | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: number | null;
  /** Set while collection is paused: what happens to invoices, and when collection resumes. */
  pauseCollection: { behavior: string; resumesAt: number | null } | null;
  trialStart: number | null;
  trialEnd: number | null;
  /** The earliest start and latest end of its items' current periods. */
  currentPeriodStart: number | null;
  currentPeriodEnd: number | null;
  items: BillingSubscriptionItem[];
  /** The discounts in effect, in Stripe's order; empty when none. */
  discounts: BillingDiscount[];
}

/**
 * The customer's default payment method (`invoice_settings.default_payment_method`), card details only.
 *
 * @example
 * const label = (card: BillingPaymentMethod) => `${card.brand} •••• ${card.last4}`;
 */
export interface BillingPaymentMethod {
  /** `pm_...` */
  id: string;
  /** `card`, `sepa_debit`, ... */
  type: string;
  /** For cards: `visa`, `mastercard`, ...; `null` otherwise. */
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
}

/**
 * An invoice waiting to be paid (`status: 'open'`).
 *
 * @example
 * const owed = (invoices: BillingInvoice[]) => invoices.reduce((sum, invoice) => sum + invoice.amountRemaining, 0);
 */
export interface BillingInvoice {
  /** `in_...` */
  id: string;
  /** The invoice number shown to the customer, or `null` before finalization. */
  number: string | null;
  amountDue: number;
  amountRemaining: number;
  currency: string;
  /** Unix seconds, or `null` for invoices charged automatically. */
  dueDate: number | null;
  /** The subscription it bills, or `null`. */
  subscription: string | null;
  /** Unix seconds when Stripe made it: for a renewal, the renewal's date. */
  created: number;
  /** How many times Stripe tried to charge it so far; more than 0 on an open invoice means a charge failed. */
  attemptCount: number;
}

/**
 * Who is billed: the name and email on the Stripe customer (what the portal's "billing details" edit).
 *
 * @example
 * const greeting = (customer: BillingCustomer | null) => `Hello ${customer?.name ?? 'there'}`;
 */
export interface BillingCustomer {
  name: string | null;
  email: string | null;
}

/**
 * `GET` on the billing-state handler answers this, with `Cache-Control: no-store`.
 *
 * @example
 * const state = (await (await fetch('/api/billing/state')).json()) as BillingStateResponse;
 * const active = state.subscriptions.filter((subscription) => subscription.status === 'active');
 */
export interface BillingStateResponse {
  /**
   * Moves forward whenever the projection changes for this customer (compare with
   * `isBillingVersionAfter`). Send the one seen before the customer left for the portal or Checkout as
   * `?since=`, and refetch until the answer's version is after it.
   */
  version: string;
  /** `true` when the version moved past `?since=` (always `true` without `since`). */
  changed: boolean;
  /** Every subscription the projection knows for the customer, canceled ones included. */
  subscriptions: BillingSubscription[];
  /** The customer's name and email, once the projection has seen the customer (`null` before). */
  customer: BillingCustomer | null;
  defaultPaymentMethod: BillingPaymentMethod | null;
  openInvoices: BillingInvoice[];
}

/**
 * Whether billing state version `version` is newer than `since`. Versions are decimal counters; an
 * unreadable one is never newer.
 *
 * @example
 * if (isBillingVersionAfter(state.version, versionBeforeLeaving)) stopPolling();
 */
export function isBillingVersionAfter(version: string, since: string): boolean {
  if (!/^\d{1,30}$/.test(version) || !/^\d{1,30}$/.test(since)) return false;
  return BigInt(version) > BigInt(since);
}
