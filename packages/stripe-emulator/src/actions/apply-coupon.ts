import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { buildSubscriptionDiscount } from '../objects/coupon';
import { type ActionOptions, assertNotCanceled, changeSubscription } from './change-subscription';
import { requireCoupon } from './lookup';

/**
 * Applies a coupon to a subscription, as when the customer accepts the retention offer of a cancel
 * flow: adds a `di_...` discount to `discounts` and sends `customer.subscription.updated`.
 *
 * @example
 * applyRetentionCoupon(ctx, 'sub_demo_active', 'demo_stay_25');
 */
export function applyRetentionCoupon(
  ctx: EmulatorContext,
  subscriptionId: string,
  couponId: string,
  options: ActionOptions = {},
): Stripe.Subscription {
  const coupon = requireCoupon(ctx, couponId);
  return changeSubscription(
    ctx,
    subscriptionId,
    (subscription) => {
      assertNotCanceled(subscription);
      const discount = buildSubscriptionDiscount(coupon, subscription, ctx.clock.now());
      ctx.store.discounts.set(discount);
      ctx.store.coupons.set({ ...coupon, times_redeemed: coupon.times_redeemed + 1 });
      subscription.discounts = [...subscription.discounts, discount.id];
    },
    options,
  );
}
