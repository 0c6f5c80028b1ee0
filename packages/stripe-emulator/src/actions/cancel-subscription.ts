import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError } from '../http/stripe-error';
import { type ActionOptions, changeSubscription, currentPeriodEnd } from './change-subscription';
import { requireSubscription } from './lookup';

/** How and why a subscription is canceled. */
export interface CancelSubscriptionOptions extends ActionOptions {
  /** `at_period_end` keeps it running until the period ends; `immediately` ends it now. */
  mode: 'at_period_end' | 'immediately';
  /** `cancellation_details.reason`. @defaultValue `'cancellation_requested'` */
  reason?: Stripe.Subscription.CancellationDetails.Reason;
  /** The customer's answer to "why are you canceling?". */
  feedback?: Stripe.Subscription.CancellationDetails.Feedback | null;
  /** Free text from the customer. */
  comment?: string | null;
}

/**
 * Cancels a subscription. At period end it sets `cancel_at_period_end` and sends
 * `customer.subscription.updated`; immediately it ends the subscription and sends
 * `customer.subscription.deleted`.
 *
 * @example
 * cancelSubscription(ctx, 'sub_demo_active', { mode: 'at_period_end', feedback: 'too_expensive' });
 */
export function cancelSubscription(ctx: EmulatorContext, id: string, options: CancelSubscriptionOptions): Stripe.Subscription {
  const current = requireSubscription(ctx, id);
  // Emulator's choice: no official text was found for canceling a canceled subscription.
  if (current.status === 'canceled')
    throw new StripeApiError('This subscription has already been canceled.', { param: 'subscription' });
  const now = ctx.clock.now();
  const details = {
    comment: options.comment ?? null,
    feedback: options.feedback ?? null,
    feedback_option: null,
    reason: options.reason ?? 'cancellation_requested',
  };
  if (options.mode === 'at_period_end') {
    return changeSubscription(
      ctx,
      id,
      (subscription) => {
        if (!subscription.cancel_at_period_end) scheduleCancellation(subscription, now, details);
      },
      options,
    );
  }
  const ended = structuredClone(current);
  Object.assign(ended, {
    status: 'canceled',
    canceled_at: now,
    ended_at: now,
    cancel_at: null,
    cancel_at_period_end: false,
    cancellation_details: details,
  });
  ctx.store.subscriptions.set(ended);
  ctx.emit('customer.subscription.deleted', ended, { request: options.request });
  return ended;
}

/**
 * Undoes a cancellation scheduled for the period end (the portal's "Renew" button), sending
 * `customer.subscription.updated`.
 */
export function renewSubscription(ctx: EmulatorContext, id: string, options: ActionOptions = {}): Stripe.Subscription {
  return changeSubscription(
    ctx,
    id,
    (subscription) => {
      if (subscription.status === 'canceled')
        throw new StripeApiError('A canceled subscription cannot be renewed.', { param: 'subscription' });
      unscheduleCancellation(subscription);
    },
    options,
  );
}

/**
 * Sets `subscription` (a copy) to cancel when its current period ends, as of `now`. Shared by
 * {@link cancelSubscription} and `POST /v1/subscriptions/{id}` with `cancel_at_period_end=true`.
 */
export function scheduleCancellation(
  subscription: Stripe.Subscription,
  now: number,
  details: Stripe.Subscription.CancellationDetails,
): void {
  subscription.cancel_at_period_end = true;
  subscription.cancel_at = currentPeriodEnd(subscription);
  subscription.canceled_at = now;
  subscription.cancellation_details = details;
}

/** Takes back a cancellation scheduled for the period end on `subscription` (a copy), details included. */
export function unscheduleCancellation(subscription: Stripe.Subscription): void {
  subscription.cancel_at_period_end = false;
  subscription.cancel_at = null;
  subscription.canceled_at = null;
  subscription.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: null };
}
