/*
 * What the account page shows, from the kit's billing-state JSON (`BillingStateResponse`, the
 * projection of Stripe's webhooks) and the plans list (which names each price).
 */
import type { BillingDiscount, BillingInvoice, BillingStateResponse, BillingSubscription } from '@portalkit/protocol';
import type { PlanState } from '../server/price-catalog';
import { type NextCharge, nextCharge } from './next-charge';
import { isPaused, pauseResumesAt } from './subscription-pause';

/** One subscription of the signed-in customer, its first item's plan named. */
export interface SubscriptionView {
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
  /** When a pause ends by itself (unix seconds); null while paused until the customer resumes. */
  resumesAt: number | null;
  /** End of the current billing period (unix seconds). */
  currentPeriodEnd: number | null;
  /** The discounts in effect (an accepted retention offer among them). */
  discounts: BillingDiscount[];
  /** What the customer pays next, or why nothing. */
  nextCharge: NextCharge;
}

/** An open invoice whose charge failed: what the past-due banner and the dunning email show. */
export interface FailedPaymentView {
  invoiceId: string;
  /** In the currency's minor unit, e.g. cents. */
  amountDue: number;
  currency: string;
  /** When the invoice was made (unix seconds): the renewal whose charge failed. */
  createdAt: number;
  /** How many charges have failed so far. */
  attemptCount: number;
}

/** The signed-in customer's billing as the page shows it. */
export interface BillingView {
  name: string | null;
  email: string | null;
  subscriptions: SubscriptionView[];
  paymentMethod: BillingStateResponse['defaultPaymentMethod'];
  /** The newest open invoice whose charge failed, until it is paid. */
  failedPayment: FailedPaymentView | null;
}

function toSubscriptionView(subscription: BillingSubscription, plans: readonly PlanState[]): SubscriptionView {
  const item = subscription.items[0];
  const known = item && plans.find((plan) => plan.priceId === item.price);
  const plan: PlanState | null = item
    ? (known ?? {
        priceId: item.price,
        productName: item.price,
        nickname: null,
        unitAmount: item.unitAmount,
        currency: item.currency ?? 'usd',
        interval: item.interval,
      })
    : null;
  return {
    id: subscription.id,
    status: subscription.status,
    plan,
    itemId: item?.id ?? null,
    quantity: item?.quantity ?? 1,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    cancelAt: subscription.cancelAt,
    paused: isPaused(subscription),
    resumesAt: pauseResumesAt(subscription),
    currentPeriodEnd: subscription.currentPeriodEnd,
    discounts: subscription.discounts,
    nextCharge: nextCharge(subscription),
  };
}

// An open invoice Stripe already tried to charge is a failed payment; one not yet tried is only due.
function newestFailed(invoices: readonly BillingInvoice[]): FailedPaymentView | null {
  const failed = invoices.filter((invoice) => invoice.attemptCount > 0).sort((a, b) => b.created - a.created)[0];
  return failed
    ? {
        invoiceId: failed.id,
        amountDue: failed.amountDue,
        currency: failed.currency,
        createdAt: failed.created,
        attemptCount: failed.attemptCount,
      }
    : null;
}

/**
 * The page's view of the billing state.
 *
 * @example
 * const view = toBillingView(await (await fetch('/api/billing/state')).json(), plans);
 * view.failedPayment?.amountDue; // 900
 */
export function toBillingView(state: BillingStateResponse, plans: readonly PlanState[]): BillingView {
  return {
    name: state.customer?.name ?? null,
    email: state.customer?.email ?? null,
    subscriptions: state.subscriptions.map((subscription) => toSubscriptionView(subscription, plans)),
    paymentMethod: state.defaultPaymentMethod,
    failedPayment: newestFailed(state.openInvoices),
  };
}
