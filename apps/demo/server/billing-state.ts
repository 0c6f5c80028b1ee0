/*
 * What the account page shows, as the server projected it from Stripe's webhooks. These types are the
 * JSON of `GET /api/billing/state`; the front end imports them as types only.
 */

/** A price, named from the catalog read at start (webhook payloads carry only the product's ID). */
export interface PlanState {
  priceId: string;
  /** The product's name, e.g. `Pro`; the price ID when the catalog does not know the price. */
  productName: string;
  /** The price's nickname, e.g. `Pro monthly`, when it has one. */
  nickname: string | null;
  /** In the currency's minor unit, e.g. cents. */
  unitAmount: number | null;
  currency: string;
  /** `month`, `year`, ...; null for a one-time price. */
  interval: string | null;
}

/** One subscription of the signed-in customer. */
export interface SubscriptionState {
  id: string;
  /** Stripe's status: `active`, `past_due`, `canceled`, `trialing`, `paused`, ... */
  status: string;
  /** The first item's plan: the portal changes one item at a time, and the demo's subscriptions have one. */
  plan: PlanState | null;
  /** The first item's ID (`si_...`), which a plan-change confirmation names. */
  itemId: string | null;
  quantity: number;
  cancelAtPeriodEnd: boolean;
  /** When a scheduled cancellation takes effect (unix seconds). */
  cancelAt: number | null;
  /** True while payment collection is paused (the portal's pause flow) or the status is `paused`. */
  paused: boolean;
  /** End of the current billing period (unix seconds), from the first item. */
  currentPeriodEnd: number | null;
}

/** The customer's default card, as `payment_method.attached` and `customer.updated` describe it. */
export interface PaymentMethodState {
  id: string;
  /** `visa`, `mastercard`, ...; null until the method's details arrive. */
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
}

/** An open invoice whose charge failed: what the past-due banner and the dunning email show. */
export interface FailedPaymentState {
  invoiceId: string;
  /** The subscription the invoice bills, when it bills one. */
  subscriptionId: string | null;
  /** In the currency's minor unit, e.g. cents. */
  amountDue: number;
  currency: string;
  /** When the invoice was made (unix seconds): the renewal whose charge failed. */
  createdAt: number;
  /** How many charges have failed so far. */
  attemptCount: number;
}

/** The signed-in customer's billing, as the app last heard it from Stripe. */
export interface BillingState {
  name: string | null;
  email: string | null;
  subscriptions: SubscriptionState[];
  paymentMethod: PaymentMethodState | null;
  /** The newest open invoice whose charge failed (`invoice.payment_failed`), until `invoice.paid` settles it. */
  failedPayment: FailedPaymentState | null;
  /** When the last applied change happened at Stripe (the event's `created`, unix seconds). */
  updatedAt: number;
  /** Goes up by one with every applied change, so the page can tell that a webhook landed. */
  version: number;
}
