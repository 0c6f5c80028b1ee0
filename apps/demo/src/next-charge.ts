/*
 * What the customer pays next, worked out from the billing state: the items' prices times their
 * quantities, less the discounts that still apply on that date. An estimate before tax and proration,
 * which is what the page labels it; Stripe's upcoming invoice is the authority.
 */
import type { BillingDiscount, BillingSubscription } from '@portalkit/protocol';
import { isPaused, pauseResumesAt } from './subscription-pause';

/** What happens at the end of the current period. */
export type NextCharge =
  /** A renewal charge: `amount` is null when a price has no unit amount (tiered or custom). */
  | { kind: 'charge'; date: number; amount: number | null; currency: string; discounts: BillingDiscount[] }
  /** A cancellation is scheduled: no further charge, the subscription ends on `date`. */
  | { kind: 'ends'; date: number | null }
  /** Payments are paused: nothing is charged until `resumesAt` (null: until the customer resumes). */
  | { kind: 'paused'; resumesAt: number | null }
  /** Nothing is coming: the subscription has ended, or Stripe named no period end. */
  | { kind: 'none' };

/**
 * True when `discount` still takes money off an invoice made at `date` (unix seconds).
 *
 * @example
 * subscription.discounts.filter((discount) => discountAppliesOn(discount, subscription.currentPeriodEnd));
 */
export function discountAppliesOn(discount: BillingDiscount, date: number): boolean {
  // `once` discounts are removed once an invoice used them, so one still listed applies to the next invoice.
  return discount.start <= date && (discount.end === null || discount.end > date);
}

// Stripe takes a subscription's discounts off in order, each from what the previous ones left.
function discounted(amount: number, currency: string, discounts: readonly BillingDiscount[]): number {
  return discounts.reduce((left, discount) => {
    if (discount.percentOff !== null) return Math.round(left * (1 - discount.percentOff / 100));
    if (discount.amountOff !== null && discount.currency === currency) return Math.max(0, left - discount.amountOff);
    return left;
  }, amount);
}

function sumOfItems(subscription: BillingSubscription): number | null {
  let total = 0;
  for (const item of subscription.items) {
    if (item.unitAmount === null) return null;
    total += item.unitAmount * (item.quantity ?? 1);
  }
  return total;
}

/**
 * The next charge of `subscription`, or why there is none.
 *
 * @example
 * const next = nextCharge(subscription);
 * if (next.kind === 'charge') console.log(next.amount, next.date); // 2175, 1767225600 (25% off $29.00)
 */
export function nextCharge(subscription: BillingSubscription): NextCharge {
  const periodEnd = subscription.currentPeriodEnd;
  if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') return { kind: 'none' };
  const endsBeforeRenewal =
    subscription.cancelAtPeriodEnd ||
    (subscription.cancelAt !== null && (periodEnd === null || subscription.cancelAt <= periodEnd));
  if (endsBeforeRenewal) return { kind: 'ends', date: subscription.cancelAt ?? periodEnd };
  if (isPaused(subscription)) {
    return { kind: 'paused', resumesAt: pauseResumesAt(subscription) };
  }
  if (periodEnd === null) return { kind: 'none' };
  const currency = subscription.items[0]?.currency ?? 'usd';
  const discounts = subscription.discounts.filter((discount) => discountAppliesOn(discount, periodEnd));
  const total = sumOfItems(subscription);
  return {
    kind: 'charge',
    date: periodEnd,
    amount: total === null ? null : discounted(total, currency, discounts),
    currency,
    discounts,
  };
}
