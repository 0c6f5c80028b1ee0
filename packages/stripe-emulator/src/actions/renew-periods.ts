import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { periodEnd } from '../objects/period';
import { collectInvoice, issueInvoice, openInvoicesOf } from './invoicing';

// Statuses whose renewals are invoiced and charged; others only roll their periods.
const BILLED: ReadonlySet<Stripe.Subscription.Status> = new Set(['active', 'trialing', 'past_due']);

/**
 * Rolls a subscription (a copy, saved by the caller) through every period end up to `now`, like a
 * Stripe test clock: each item's `current_period_start/end` move on, a trial that has ended turns
 * `active`, and each new period gets an invoice (`invoice.created`, `invoice.finalized`) charged to
 * the default payment method (`invoice.paid` + `invoice.payment_succeeded`, or
 * `invoice.payment_failed`). A failed charge makes the subscription `past_due`; a good one makes it
 * `active` again once no invoice of it is left open. Paused collection rolls periods without invoices.
 *
 * @example
 * changeSubscription(ctx, id, (copy) => renewDuePeriods(ctx, copy, ctx.clock.now()));
 */
export function renewDuePeriods(ctx: EmulatorContext, subscription: Stripe.Subscription, now: number): void {
  const first = subscription.items.data[0];
  if (!first) return;
  while (first.current_period_end <= now) {
    const ended = { start: first.current_period_start, end: first.current_period_end };
    for (const item of subscription.items.data) {
      item.current_period_start = item.current_period_end;
      item.current_period_end = periodEnd(item.current_period_start, item.price);
    }
    if (subscription.status === 'trialing' && subscription.trial_end !== null && subscription.trial_end <= ended.end) {
      subscription.status = 'active';
    }
    if (!BILLED.has(subscription.status) || subscription.pause_collection) continue;
    const customer = ctx.store.customers.get(subscription.customer as string);
    if (!customer) continue;
    const invoice = issueInvoice(ctx, {
      customer,
      subscription,
      billingReason: 'subscription_cycle',
      linePeriod: { start: first.current_period_start, end: first.current_period_end },
      period: ended,
      trial: false,
    });
    subscription.latest_invoice = invoice.id;
    settleStatus(ctx, subscription, collectInvoice(ctx, invoice.id));
  }
}

/**
 * After a payment attempt: `past_due` on failure; back to `active` from `past_due` once nothing of
 * the subscription is left unpaid (Stripe's status rules, https://docs.stripe.com/billing/subscriptions/overview#subscription-statuses).
 */
export function settleStatus(ctx: EmulatorContext, subscription: Stripe.Subscription, paid: boolean): void {
  if (!paid) {
    subscription.status = 'past_due';
    return;
  }
  if (subscription.status === 'past_due' && openInvoicesOf(ctx, subscription).length === 0) subscription.status = 'active';
}
