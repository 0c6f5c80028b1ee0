import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { periodEnd } from '../objects/period';
import { changeSubscription } from './change-subscription';

/**
 * Catches subscriptions up with the clock, like a Stripe test clock: scheduled cancellations take
 * effect (`customer.subscription.deleted`), pauses with a `resumes_at` end, and active periods roll
 * over (`customer.subscription.updated`). No invoices are made: the emulator has none.
 */
export function advanceSubscriptions(ctx: EmulatorContext): void {
  const now = ctx.clock.now();
  for (const subscription of ctx.store.subscriptions.list().reverse()) {
    if (subscription.status === 'canceled') continue;
    if (subscription.cancel_at !== null && subscription.cancel_at <= now) {
      endAt(ctx, subscription, subscription.cancel_at);
      continue;
    }
    changeSubscription(ctx, subscription.id, (s) => {
      if (s.pause_collection?.resumes_at != null && s.pause_collection.resumes_at <= now) s.pause_collection = null;
      for (const item of s.items.data) {
        while (item.current_period_end <= now) {
          item.current_period_start = item.current_period_end;
          item.current_period_end = periodEnd(item.current_period_start, item.price);
        }
      }
    });
  }
}

function endAt(ctx: EmulatorContext, subscription: Stripe.Subscription, at: number): void {
  const ended = structuredClone(subscription);
  Object.assign(ended, { status: 'canceled', ended_at: at });
  ctx.store.subscriptions.set(ended);
  ctx.emit('customer.subscription.deleted', ended);
}
