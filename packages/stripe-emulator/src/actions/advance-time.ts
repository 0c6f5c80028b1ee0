import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { changeSubscription } from './change-subscription';
import { expireDueCheckoutSessions } from './expire-checkout';
import { renewDuePeriods } from './renew-periods';

/**
 * Catches subscriptions up with the clock, like a Stripe test clock: scheduled cancellations take
 * effect (`customer.subscription.deleted`), pauses with a `resumes_at` end, periods roll over with a
 * renewal invoice each (see {@link renewDuePeriods}; `customer.subscription.updated` comes after the
 * invoice events), and open Checkout Sessions past `expires_at` expire.
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
      renewDuePeriods(ctx, s, now);
    });
  }
  expireDueCheckoutSessions(ctx);
}

function endAt(ctx: EmulatorContext, subscription: Stripe.Subscription, at: number): void {
  const ended = structuredClone(subscription);
  Object.assign(ended, { status: 'canceled', ended_at: at });
  ctx.store.subscriptions.set(ended);
  ctx.emit('customer.subscription.deleted', ended);
}
