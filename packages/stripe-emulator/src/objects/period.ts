import type Stripe from 'stripe';

/**
 * `start` plus `count` intervals, calendar-aware in UTC like Stripe's billing periods: a month after
 * 31 January is the last day of February, not 3 March.
 *
 * @example
 * actions.pauseSubscription(id, { resumesAt: addInterval(clock.now(), 'month', 3) });
 */
export function addInterval(start: number, interval: Stripe.Price.Recurring.Interval, count = 1): number {
  if (interval === 'day') return start + count * 86_400;
  if (interval === 'week') return start + count * 7 * 86_400;
  const date = new Date(start * 1000);
  const months = interval === 'year' ? count * 12 : count;
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return Math.floor(date.getTime() / 1000);
}

/** The end of the period that starts at `start` for `price`. */
export function periodEnd(start: number, price: Stripe.Price): number {
  return addInterval(start, price.recurring?.interval ?? 'month', price.recurring?.interval_count ?? 1);
}
