import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError } from '../http/stripe-error';
import { previousAttributes, type EventRequest } from '../webhooks/create-event';
import { requireSubscription } from './lookup';

/** Options shared by the actions: the API request behind them, if any. */
export interface ActionOptions {
  /** Set by API routes so events carry `request.id`; portal pages leave it out. */
  request?: EventRequest;
}

/**
 * Applies `change` to a copy of the subscription, saves it and sends `customer.subscription.updated`
 * with `previous_attributes`, only if something actually changed (Stripe sends nothing for a no-op).
 */
export function changeSubscription(
  ctx: EmulatorContext,
  id: string,
  change: (subscription: Stripe.Subscription) => void,
  options: ActionOptions = {},
): Stripe.Subscription {
  const before = requireSubscription(ctx, id);
  const after = structuredClone(before);
  change(after);
  const previous = previousAttributes(before, after);
  if (!previous) return before;
  ctx.store.subscriptions.set(after);
  ctx.emit('customer.subscription.updated', after, { previousAttributes: previous, request: options.request });
  return after;
}

/**
 * Refuses changes to a canceled subscription. The wording is the emulator's choice, after the error
 * Stripe gives when updating one.
 */
export function assertNotCanceled(subscription: Stripe.Subscription): void {
  if (subscription.status === 'canceled') {
    throw new StripeApiError('A canceled subscription can only update its cancellation_details and metadata.');
  }
}

/** The end of the subscription's current period (API 2026 keeps it on the items). */
export function currentPeriodEnd(subscription: Stripe.Subscription): number {
  return Math.max(...subscription.items.data.map((item) => item.current_period_end));
}
