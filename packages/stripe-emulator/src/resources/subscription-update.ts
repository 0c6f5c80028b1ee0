import type Stripe from 'stripe';
import { scheduleCancellation, unscheduleCancellation } from '../actions/cancel-subscription';
import { requireAttachedPaymentMethod, requireCoupon } from '../actions/lookup';
import { applyItemChanges } from '../actions/subscription-items';
import type { EmulatorContext } from '../context';
import { StripeApiError, resourceMissing } from '../http/stripe-error';
import { buildSubscriptionDiscount } from '../objects/coupon';
import type { updateSubscriptionParams } from '../params/subscription-params';
import type { Infer } from '../params/schema';
import { mergeMetadata } from '../objects/metadata';

type UpdateFields = Omit<Infer<typeof updateSubscriptionParams>, 'expand'>;

/**
 * Writes `POST /v1/subscriptions/{id}` parameters onto `subscription` (a copy), for one
 * `customer.subscription.updated`. A canceled subscription only takes `cancellation_details` and
 * `metadata`, as on Stripe.
 */
export function writeSubscriptionFields(ctx: EmulatorContext, subscription: Stripe.Subscription, fields: UpdateFields): void {
  const {
    cancel_at_period_end,
    cancellation_details,
    default_payment_method,
    description,
    discounts,
    items,
    metadata,
    pause_collection,
  } = fields;
  if (subscription.status === 'canceled') {
    const other = Object.keys(fields).find((key) => key !== 'cancellation_details' && key !== 'metadata');
    if (other)
      throw new StripeApiError('A canceled subscription can only update its cancellation_details and metadata.', {
        param: other,
      });
  }
  const now = ctx.clock.now();
  if (metadata !== undefined) subscription.metadata = mergeMetadata(subscription.metadata, metadata);
  if (description !== undefined) subscription.description = description;
  if (cancel_at_period_end === true && !subscription.cancel_at_period_end) {
    // Unlike cancelSubscription(), which takes new ones, this keeps a comment and feedback set earlier.
    scheduleCancellation(subscription, now, {
      comment: null,
      feedback: null,
      feedback_option: null,
      ...subscription.cancellation_details,
      reason: 'cancellation_requested',
    });
  } else if (cancel_at_period_end === false && subscription.cancel_at_period_end) {
    unscheduleCancellation(subscription);
  }
  if (cancellation_details) {
    const current = subscription.cancellation_details ?? { comment: null, feedback: null, feedback_option: null, reason: null };
    subscription.cancellation_details = {
      ...current,
      ...(cancellation_details.comment !== undefined ? { comment: cancellation_details.comment } : {}),
      ...(cancellation_details.feedback !== undefined ? { feedback: cancellation_details.feedback } : {}),
    };
  }
  if (default_payment_method !== undefined) {
    subscription.default_payment_method = requireAttachedPaymentMethod(
      ctx,
      default_payment_method,
      subscription.customer,
      'default_payment_method',
    ).id;
  }
  if (pause_collection !== undefined) {
    subscription.pause_collection = pause_collection && {
      behavior: pause_collection.behavior,
      resumes_at: pause_collection.resumes_at ?? null,
    };
  }
  if (discounts !== undefined)
    subscription.discounts = (discounts ?? []).map((discount, index) => discountId(ctx, subscription, discount, index));
  if (items) {
    items.forEach((item, index) => {
      // Adding and removing items changes invoices the emulator does not have.
      if (item.id === undefined || item.deleted) {
        throw new StripeApiError(
          'The Stripe emulator can change the price or quantity of existing items only; it does not add or remove items.',
          { param: `items[${index}]` },
        );
      }
    });
    applyItemChanges(
      ctx,
      subscription,
      items.map((item) => ({ id: item.id as string, price: item.price, quantity: item.quantity })),
    );
  }
}

function discountId(
  ctx: EmulatorContext,
  subscription: Stripe.Subscription,
  input: { coupon?: string; discount?: string; promotion_code?: string },
  index: number,
): string {
  if (input.discount !== undefined) {
    if (!ctx.store.discounts.has(input.discount))
      throw resourceMissing('discount', input.discount, `discounts[${index}][discount]`);
    return input.discount;
  }
  if (input.coupon === undefined) {
    throw new StripeApiError('The Stripe emulator supports `coupon` and `discount` in discounts, not promotion codes.', {
      param: `discounts[${index}]`,
    });
  }
  const coupon = requireCoupon(ctx, input.coupon, `discounts[${index}][coupon]`);
  const discount = buildSubscriptionDiscount(coupon, subscription, ctx.clock.now());
  ctx.store.discounts.set(discount);
  return discount.id;
}
