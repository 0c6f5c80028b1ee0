import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError } from '../http/stripe-error';
import { type ActionOptions, assertNotCanceled, changeSubscription } from './change-subscription';

/** How a subscription is paused. */
export interface PauseSubscriptionOptions extends ActionOptions {
  /** When collection resumes (emulator seconds), or null to pause until resumed. @defaultValue null */
  resumesAt?: number | null;
  /** What happens to invoices meanwhile. @defaultValue `'void'` */
  behavior?: Stripe.Subscription.PauseCollection.Behavior;
}

/**
 * Pauses payment collection: sets `pause_collection` and sends `customer.subscription.updated`.
 *
 * Emulator's decision: the status stays `active` and no `customer.subscription.paused` event is
 * sent, because Stripe sends that event when the status becomes `paused` (a trial that ended
 * without a payment method), not when `pause_collection` is set.
 *
 * @example
 * pauseSubscription(ctx, 'sub_demo_active', { resumesAt: addInterval(clock.now(), 'month') });
 */
export function pauseSubscription(ctx: EmulatorContext, id: string, options: PauseSubscriptionOptions = {}): Stripe.Subscription {
  return changeSubscription(
    ctx,
    id,
    (subscription) => {
      assertNotCanceled(subscription);
      if (subscription.pause_collection)
        throw new StripeApiError('This subscription is already paused.', { param: 'subscription' });
      subscription.pause_collection = { behavior: options.behavior ?? 'void', resumes_at: options.resumesAt ?? null };
    },
    options,
  );
}

/** Resumes collection (clears `pause_collection`), sending `customer.subscription.updated`. */
export function resumeSubscription(ctx: EmulatorContext, id: string, options: ActionOptions = {}): Stripe.Subscription {
  return changeSubscription(
    ctx,
    id,
    (subscription) => {
      assertNotCanceled(subscription);
      subscription.pause_collection = null;
    },
    options,
  );
}
