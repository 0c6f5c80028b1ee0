import type { SubscriptionView } from './billing-view';
import { formatDate, formatStatus } from './format';

/** The tag's colour family; each has a style in `styles.css` that passes contrast. */
export type StatusTone = 'ok' | 'ending' | 'paused' | 'problem' | 'ended';

/** The state a subscription's tag shows, worded for the customer. */
export interface SubscriptionStatus {
  label: string;
  tone: StatusTone;
}

const PROBLEMS = new Set(['past_due', 'unpaid', 'incomplete']);

/**
 * The tag of a subscription card: a scheduled cancellation and a pause come before the plain status,
 * since they are what the customer may want to undo.
 *
 * @example
 * subscriptionStatus(view); // { label: 'Cancels on Jan 1, 2027', tone: 'ending' }
 */
export function subscriptionStatus(subscription: SubscriptionView): SubscriptionStatus {
  if (subscription.status === 'canceled') return { label: 'Ended', tone: 'ended' };
  if (PROBLEMS.has(subscription.status)) return { label: formatStatus(subscription.status), tone: 'problem' };
  const next = subscription.nextCharge;
  if (next.kind === 'ends') return { label: next.date ? `Cancels on ${formatDate(next.date)}` : 'Cancels soon', tone: 'ending' };
  if (next.kind === 'paused') {
    return { label: next.resumesAt ? `Paused until ${formatDate(next.resumesAt)}` : 'Paused', tone: 'paused' };
  }
  if (subscription.status === 'trialing') return { label: 'Free trial', tone: 'ok' };
  return { label: formatStatus(subscription.status), tone: 'ok' };
}

/**
 * One line on when the subscription renews, or what happens instead.
 *
 * @example
 * renewalLine(view); // 'Renews on Jan 1, 2027'
 */
export function renewalLine(subscription: SubscriptionView): string | null {
  const next = subscription.nextCharge;
  switch (next.kind) {
    case 'charge':
      return `Renews on ${formatDate(next.date)}`;
    case 'ends':
      return next.date ? `Ends on ${formatDate(next.date)}. You keep your plan until then.` : 'Ends at the end of this period.';
    case 'paused':
      return next.resumesAt ? `Payments resume on ${formatDate(next.resumesAt)}` : 'Paused until you resume payments';
    default:
      return null;
  }
}
