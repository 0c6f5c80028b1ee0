import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError, resourceMissing } from '../http/stripe-error';

/** The customer, or Stripe's `resource_missing` error naming `param`. Deleted customers are missing. */
export function requireCustomer(ctx: EmulatorContext, id: string, param = 'customer', status = 400): Stripe.Customer {
  const customer = ctx.store.customers.get(id);
  if (!customer) throw resourceMissing('customer', id, param, status);
  return customer;
}

/** The subscription, or `No such subscription: '...'`. */
export function requireSubscription(ctx: EmulatorContext, id: string, param = 'subscription', status = 400): Stripe.Subscription {
  const subscription = ctx.store.subscriptions.get(id);
  if (!subscription) throw resourceMissing('subscription', id, param, status);
  return subscription;
}

/** The price, or `No such price: '...'`. */
export function requirePrice(ctx: EmulatorContext, id: string, param = 'price', status = 400): Stripe.Price {
  const price = ctx.store.prices.get(id);
  if (!price) throw resourceMissing('price', id, param, status);
  return price;
}

/** The coupon, or `No such coupon: '...'`. */
export function requireCoupon(ctx: EmulatorContext, id: string, param = 'coupon', status = 400): Stripe.Coupon {
  const coupon = ctx.store.coupons.get(id);
  if (!coupon) throw resourceMissing('coupon', id, param, status);
  return coupon;
}

/**
 * A payment method attached to `customer` (an ID, as the store keeps it), as Stripe requires of a
 * default payment method; a missing one is `No such PaymentMethod: '...'`.
 */
export function requireAttachedPaymentMethod(
  ctx: EmulatorContext,
  id: string,
  customer: Stripe.Subscription['customer'],
  param: string,
): Stripe.PaymentMethod {
  const paymentMethod = ctx.store.paymentMethods.get(id);
  if (!paymentMethod) throw resourceMissing('PaymentMethod', id, param);
  if (paymentMethod.customer !== customer) {
    throw new StripeApiError(
      `The customer does not have a payment method with the ID ${id}. The payment method must be attached to the customer.`,
      { param },
    );
  }
  return paymentMethod;
}
