import type { BillingView } from './billing-view';

const UNPAID = new Set(['past_due', 'unpaid']);

/**
 * True while a renewal failed and is still unpaid: an open invoice whose charge failed, or a
 * subscription Stripe marks `past_due` or `unpaid`. Both must clear before the account is in good
 * standing again: `invoice.paid` comes first, the subscription's `active` in the event after it.
 *
 * @example
 * if (isPastDue(billing)) showBanner();
 */
export function isPastDue(billing: BillingView): boolean {
  return billing.failedPayment !== null || billing.subscriptions.some((subscription) => UNPAID.has(subscription.status));
}
