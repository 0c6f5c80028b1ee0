import type Stripe from 'stripe';
import { createId } from '../ids';

/** A coupon as a seed describes it: `percent_off`, or `amount_off` with `currency`. */
export interface CouponInput {
  id: string;
  name?: string | null;
  percent_off?: number | null;
  amount_off?: number | null;
  currency?: string | null;
  /** @defaultValue `'once'` */
  duration?: Stripe.Coupon.Duration;
  duration_in_months?: number | null;
  created?: number;
}

/** A `coupon` object. */
export function buildCoupon(input: CouponInput, now: number): Stripe.Coupon {
  return {
    id: input.id,
    object: 'coupon',
    amount_off: input.amount_off ?? null,
    created: input.created ?? now,
    currency: input.currency ?? null,
    duration: input.duration ?? 'once',
    duration_in_months: input.duration_in_months ?? null,
    livemode: false,
    max_redemptions: null,
    metadata: {},
    name: input.name ?? null,
    percent_off: input.percent_off ?? null,
    redeem_by: null,
    times_redeemed: 0,
    valid: true,
  };
}

/**
 * A `discount` applying `coupon` to a subscription. API 2026 names the coupon under `source`, and a
 * subscription lists discounts by ID (`di_...`) unless expanded.
 */
export function buildSubscriptionDiscount(
  coupon: Stripe.Coupon,
  subscription: Stripe.Subscription,
  now: number,
): Stripe.Discount {
  const months = coupon.duration === 'repeating' ? (coupon.duration_in_months ?? 1) : null;
  return {
    id: createId('di'),
    object: 'discount',
    checkout_session: null,
    customer: typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id,
    customer_account: null,
    end: months === null ? null : now + months * 30 * 86_400,
    invoice: null,
    invoice_item: null,
    promotion_code: null,
    source: { coupon: coupon.id, type: 'coupon' },
    start: now,
    subscription: subscription.id,
    subscription_item: null,
  };
}
