import type {
  BillingDiscount,
  BillingInvoice,
  BillingPaymentMethod,
  BillingSubscription,
  BillingSubscriptionItem,
} from '@portalkit/protocol';
import type Stripe from 'stripe';

/**
 * The ID of a field Stripe sends as an ID or, when expanded, as the object.
 *
 * @example
 * idOf(invoice.customer); // 'cus_123', whether or not it was expanded
 */
export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : value.id;
}

/**
 * The fields of a subscription a billing page shows. Periods come from the items, where API
 * 2025-03-31 moved them (stripe-node 18 `SubscriptionItem.current_period_start`). The discounts come
 * separately: a subscription names them by ID unless expanded (see `subscription-discounts.ts`).
 *
 * @example
 * const projected = toBillingSubscription(event.data.object, []);
 */
export function toBillingSubscription(subscription: Stripe.Subscription, discounts: BillingDiscount[]): BillingSubscription {
  const items = (subscription.items?.data ?? []).map(toBillingItem);
  const starts = items.map((item) => item.currentPeriodStart).filter((value) => value !== null);
  const ends = items.map((item) => item.currentPeriodEnd).filter((value) => value !== null);
  const pause = subscription.pause_collection;
  return {
    id: subscription.id,
    status: subscription.status,
    cancelAt: subscription.cancel_at ?? null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end === true,
    canceledAt: subscription.canceled_at ?? null,
    pauseCollection: pause ? { behavior: pause.behavior, resumesAt: pause.resumes_at ?? null } : null,
    trialStart: subscription.trial_start ?? null,
    trialEnd: subscription.trial_end ?? null,
    currentPeriodStart: starts.length > 0 ? Math.min(...starts) : null,
    currentPeriodEnd: ends.length > 0 ? Math.max(...ends) : null,
    items,
    discounts,
  };
}

/**
 * A discount with its coupon's terms, or `null` while the coupon is only an ID. Since API 2025-09-30
 * the coupon sits under `source.coupon` (stripe-node 23 `Discount.Source`).
 *
 * @example
 * const described = toBillingDiscount(discount); // discount from expand: ['discounts.source.coupon']
 */
export function toBillingDiscount(discount: Stripe.Discount): BillingDiscount | null {
  const coupon = discount.source?.coupon;
  if (coupon === null || coupon === undefined || typeof coupon === 'string') return null;
  return {
    id: discount.id,
    couponId: coupon.id,
    name: coupon.name ?? null,
    percentOff: coupon.percent_off ?? null,
    amountOff: coupon.amount_off ?? null,
    currency: coupon.currency ?? null,
    duration: coupon.duration,
    start: discount.start,
    end: discount.end ?? null,
  };
}

function toBillingItem(item: Stripe.SubscriptionItem): BillingSubscriptionItem {
  const price = item.price;
  return {
    id: item.id,
    price: price.id,
    product: idOf(price.product),
    quantity: item.quantity ?? null,
    unitAmount: price.unit_amount ?? null,
    currency: price.currency ?? null,
    interval: price.recurring?.interval ?? null,
    currentPeriodStart: item.current_period_start ?? null,
    currentPeriodEnd: item.current_period_end ?? null,
  };
}

/**
 * The fields of an invoice a billing page shows; the subscription is read from
 * `parent.subscription_details`, where API 2025-03-31 put it.
 *
 * @example
 * const projected = toBillingInvoice(event.data.object);
 */
export function toBillingInvoice(invoice: Stripe.Invoice): BillingInvoice & { status: string | null } {
  return {
    id: invoice.id as string,
    status: invoice.status ?? null,
    number: invoice.number ?? null,
    amountDue: invoice.amount_due,
    amountRemaining: invoice.amount_remaining,
    currency: invoice.currency,
    dueDate: invoice.due_date ?? null,
    subscription: idOf(invoice.parent?.subscription_details?.subscription),
    created: invoice.created,
    attemptCount: invoice.attempt_count ?? 0,
  };
}

/**
 * A payment method's display details: card brand, last four digits and expiry; never the
 * fingerprint or billing details.
 *
 * @example
 * const card = toBillingPaymentMethod(await stripe.paymentMethods.retrieve('pm_123'));
 */
export function toBillingPaymentMethod(paymentMethod: Stripe.PaymentMethod): BillingPaymentMethod {
  const card = paymentMethod.card;
  return {
    id: paymentMethod.id,
    type: paymentMethod.type,
    brand: card?.brand ?? null,
    last4: card?.last4 ?? null,
    expMonth: card?.exp_month ?? null,
    expYear: card?.exp_year ?? null,
  };
}
