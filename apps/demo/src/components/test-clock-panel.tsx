import type { ReactNode } from 'react';
import type { BillingView } from '../billing-view';
import { TEST_CLOCK_PATH } from '../../server/page-data';
import { formatDate } from '../format';

/**
 * Offline mode only: a plain form that moves the emulator's clock (Stripe's test clocks, offline) just
 * past the next period end, so the renewal happens now: an invoice, a charge of the card on file,
 * and the webhooks that follow. With a card that fails, the page shows a failed renewal.
 */
export function TestClockPanel({ billing }: { billing: BillingView }): ReactNode {
  const ends = billing.subscriptions
    .filter((subscription) => subscription.status !== 'canceled' && subscription.currentPeriodEnd !== null)
    .map((subscription) => subscription.currentPeriodEnd as number);
  if (ends.length === 0) return null;
  return (
    <section aria-labelledby="clock-heading" className="panel panel--demo">
      <h2 id="clock-heading">
        <span className="tag tag--demo">Demo</span> Test clock
      </h2>
      <p className="panel__intro">
        The current billing period ends on {formatDate(Math.min(...ends))}. Move the emulator's clock past it to see what happens
        then (a renewal, or the end of a canceled plan) right now. Time moves for every demo customer.
      </p>
      <form method="post" action={TEST_CLOCK_PATH} className="actions">
        <button type="submit" className="button">
          Advance the clock to the next renewal
        </button>
      </form>
    </section>
  );
}
