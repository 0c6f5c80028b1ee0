import type Stripe from 'stripe';
import { requireCoupon, requirePrice, requireSubscription } from '../actions/lookup';
import type { EmulatorContext } from '../context';
import { StripeApiError, resourceMissing } from '../http/stripe-error';
import type { flowDataParams } from '../params/portal-session-params';
import type { Infer } from '../params/schema';

type FlowInput = Infer<typeof flowDataParams>;

/** The flow's subscription, which must exist and not be canceled. */
export function checkSubscriptionFlow(ctx: EmulatorContext, input: { subscription: string }, type: string): Stripe.Subscription {
  const param = `flow_data[${type}][subscription]`;
  const subscription = requireSubscription(ctx, input.subscription, param);
  // Emulator's choice: Stripe's text for a flow on a canceled subscription was not found.
  if (subscription.status === 'canceled') throw new StripeApiError('This subscription has already been canceled.', { param });
  if (type === 'subscription_pause' && subscription.pause_collection) {
    throw new StripeApiError('This subscription is already paused.', { param });
  }
  return subscription;
}

/**
 * `subscription_cancel`: refuses a subscription already canceled or set to cancel (wording after
 * third-party test doubles of Stripe; unverified, so the emulator's choice). A retention
 * coupon must exist.
 */
export function checkCancelFlow(
  ctx: EmulatorContext,
  input: NonNullable<FlowInput['subscription_cancel']>,
): Stripe.BillingPortal.Session.Flow.SubscriptionCancel {
  const subscription = checkSubscriptionFlow(ctx, input, 'subscription_cancel');
  if (subscription.cancel_at_period_end) {
    throw new StripeApiError('This subscription is already set to be canceled.', {
      param: 'flow_data[subscription_cancel][subscription]',
    });
  }
  const retention = input.retention;
  if (retention)
    requireCoupon(ctx, retention.coupon_offer.coupon, 'flow_data[subscription_cancel][retention][coupon_offer][coupon]');
  return {
    subscription: subscription.id,
    retention: retention ? { type: 'coupon_offer', coupon_offer: { coupon: retention.coupon_offer.coupon } } : null,
  };
}

/**
 * `subscription_update_confirm`: one item of a single-item subscription ("only up to one may be
 * specified and subscriptions with multiple items are not updatable"), a price from the
 * configuration's `features.subscription_update.products`, coupons that exist.
 */
export function checkUpdateConfirmFlow(
  ctx: EmulatorContext,
  input: NonNullable<FlowInput['subscription_update_confirm']>,
  configuration: Stripe.BillingPortal.Configuration,
): Stripe.BillingPortal.Session.Flow.SubscriptionUpdateConfirm {
  const base = 'flow_data[subscription_update_confirm]';
  const subscription = checkSubscriptionFlow(ctx, input, 'subscription_update_confirm');
  if (input.items.length > 1)
    throw new StripeApiError('Only one item can be updated in a subscription_update_confirm flow.', { param: `${base}[items]` });
  if (subscription.items.data.length > 1)
    throw new StripeApiError('Subscriptions with multiple items cannot be updated in the portal.', {
      param: `${base}[subscription]`,
    });
  const items = input.items.map((item, index) => {
    const param = `${base}[items][${index}]`;
    if (!subscription.items.data.some((candidate) => candidate.id === item.id))
      throw resourceMissing('subscription item', item.id, `${param}[id]`);
    if (item.price !== undefined) {
      requirePrice(ctx, item.price, `${param}[price]`);
      const offered = (configuration.features.subscription_update.products ?? []).some((p) =>
        p.prices.includes(item.price as string),
      );
      if (!offered)
        throw new StripeApiError(
          `The price ${item.price} must be included in the configuration's features.subscription_update.products.`,
          { param: `${param}[price]` },
        );
    }
    if (item.quantity !== undefined && item.quantity < 1)
      throw new StripeApiError('This value must be greater than or equal to 1.', { param: `${param}[quantity]` });
    return { id: item.id, price: item.price ?? null, ...(item.quantity !== undefined ? { quantity: item.quantity } : {}) };
  });
  const discounts = input.discounts?.map((discount, index) => {
    const param = `${base}[discounts][${index}]`;
    if (discount.coupon !== undefined && discount.promotion_code !== undefined) {
      throw new StripeApiError('You may only specify one of these parameters: coupon, promotion_code.', { param });
    }
    if (discount.promotion_code !== undefined)
      throw new StripeApiError('The Stripe emulator does not support promotion codes.', { param: `${param}[promotion_code]` });
    if (discount.coupon !== undefined) requireCoupon(ctx, discount.coupon, `${param}[coupon]`);
    return { coupon: discount.coupon ?? null, promotion_code: null };
  });
  return { subscription: subscription.id, items, discounts: discounts ?? null };
}
