import type { BillingSubscription } from '@portalkit/protocol';

type PauseFields = Pick<BillingSubscription, 'status' | 'pauseCollection'>;

/**
 * Whether the subscription's payments are paused: by the portal's pause (`pause_collection`), or by
 * Stripe's own `paused` status (a trial that ended with no payment method). The one rule the card,
 * its next charge, the departure snapshot and the return notice all read.
 *
 * @example
 * isPaused(subscription); // true after the portal's pause flow
 */
export function isPaused(subscription: PauseFields): boolean {
  return subscription.pauseCollection !== null || subscription.status === 'paused';
}

/**
 * When a pause ends by itself (unix seconds); null when none is set to end.
 *
 * @example
 * pauseResumesAt(subscription); // 1798761600
 */
export function pauseResumesAt(subscription: PauseFields): number | null {
  return subscription.pauseCollection?.resumesAt ?? null;
}
