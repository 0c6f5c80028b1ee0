import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { applyRetentionCoupon } from './apply-coupon';
import { cancelSubscription, renewSubscription, type CancelSubscriptionOptions } from './cancel-subscription';
import type { CardInput } from './card-input';
import { updateCustomerDetails, type CustomerDetails } from './change-customer';
import { pauseSubscription, resumeSubscription, type PauseSubscriptionOptions } from './pause-subscription';
import { updateSubscriptionItem } from './subscription-items';
import { updatePaymentMethod } from './update-payment-method';
import { completeCheckout } from './complete-checkout';
import { expireCheckoutSession } from './expire-checkout';

/**
 * What a customer can do in the portal, as state changes that send the webhooks Stripe would send.
 * Each throws a `StripeApiError` (with a `message` fit to show next to the form) when refused.
 *
 * @example
 * emulator.actions.pauseSubscription(DEMO_IDS.subscriptions.active); // sends customer.subscription.updated
 */
export interface EmulatorActions {
  /** Saves a card and makes it the default: `payment_method.attached`, `customer.updated`. */
  updatePaymentMethod(customerId: string, card: CardInput): Stripe.PaymentMethod;
  /** Cancels at period end (`customer.subscription.updated`) or now (`customer.subscription.deleted`). */
  cancelSubscription(subscriptionId: string, options: CancelSubscriptionOptions): Stripe.Subscription;
  /** Undoes a cancellation scheduled for the period end: `customer.subscription.updated`. */
  renewSubscription(subscriptionId: string): Stripe.Subscription;
  /** Applies the retention coupon offered in a cancel flow: `customer.subscription.updated`. */
  applyRetentionCoupon(subscriptionId: string, couponId: string): Stripe.Subscription;
  /** Switches an item's price and/or quantity: `customer.subscription.updated`. */
  updateSubscriptionItem(
    subscriptionId: string,
    itemId: string,
    change: { price?: string; quantity?: number },
  ): Stripe.Subscription;
  /** Sets `pause_collection`: `customer.subscription.updated`. */
  pauseSubscription(subscriptionId: string, options?: PauseSubscriptionOptions): Stripe.Subscription;
  /** Clears `pause_collection`: `customer.subscription.updated`. */
  resumeSubscription(subscriptionId: string): Stripe.Subscription;
  /** Changes name, email, phone or addresses: `customer.updated`. */
  updateCustomerDetails(customerId: string, details: CustomerDetails): Stripe.Customer;
  /**
   * Pays an open Checkout Session as its hosted page does: customer (if new), card, subscription,
   * first invoice, `checkout.session.completed`. `email` is for sessions that named no customer or email.
   */
  completeCheckout(sessionId: string, card: CardInput, payer?: { email?: string | null }): Stripe.Checkout.Session;
  /** Expires an open Checkout Session: `checkout.session.expired`. */
  expireCheckoutSession(sessionId: string): Stripe.Checkout.Session;
}

/**
 * Binds the actions to one emulator's context.
 *
 * @example
 * const actions = createActions(ctx);
 * actions.cancelSubscription('sub_demo_active', { mode: 'at_period_end', feedback: 'too_expensive' });
 */
export function createActions(ctx: EmulatorContext): EmulatorActions {
  return {
    updatePaymentMethod: (customerId, card) => updatePaymentMethod(ctx, customerId, card),
    cancelSubscription: (id, options) => cancelSubscription(ctx, id, options),
    renewSubscription: (id) => renewSubscription(ctx, id),
    applyRetentionCoupon: (id, coupon) => applyRetentionCoupon(ctx, id, coupon),
    updateSubscriptionItem: (id, itemId, change) => updateSubscriptionItem(ctx, id, itemId, change),
    pauseSubscription: (id, options) => pauseSubscription(ctx, id, options),
    resumeSubscription: (id) => resumeSubscription(ctx, id),
    updateCustomerDetails: (customerId, details) => updateCustomerDetails(ctx, customerId, details),
    completeCheckout: (sessionId, card, payer) => completeCheckout(ctx, sessionId, card, payer),
    expireCheckoutSession: (sessionId) => expireCheckoutSession(ctx, sessionId),
  };
}

/**
 * The same actions, each first running `catchUp`, so an action on a wall clock acts on the state of
 * now (a cancellation whose time has passed has already ended).
 *
 * @example
 * const actions = withCatchUp(createActions(ctx), () => advanceSubscriptions(ctx));
 */
export function withCatchUp(actions: EmulatorActions, catchUp: () => void): EmulatorActions {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, action] of Object.entries(actions) as [string, (...args: unknown[]) => unknown][]) {
    wrapped[name] = (...args: unknown[]) => {
      catchUp();
      return action(...args);
    };
  }
  return wrapped as unknown as EmulatorActions;
}
