import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError, resourceMissing } from '../http/stripe-error';
import { planFromPrice } from '../objects/catalog';
import { periodEnd } from '../objects/period';
import { type ActionOptions, assertNotCanceled, changeSubscription } from './change-subscription';
import { requirePrice } from './lookup';

/** A change to one item: a new price, a new quantity, or both. */
export interface ItemChange {
  id: string;
  price?: string;
  quantity?: number;
}

/**
 * Applies item changes in place, checking each one. `param` names the API parameter of the change
 * at `index` in errors (`items[0][price]`). A switch to a price with a different interval starts a
 * new period now, as Stripe resets the billing cycle in that case; otherwise periods are kept
 * (the emulator has no invoices, so there is nothing to prorate).
 */
export function applyItemChanges(ctx: EmulatorContext, subscription: Stripe.Subscription, changes: readonly ItemChange[]): void {
  assertNotCanceled(subscription);
  const now = ctx.clock.now();
  changes.forEach((change, index) => {
    const item = subscription.items.data.find((candidate) => candidate.id === change.id);
    if (!item) throw resourceMissing('subscription item', change.id, `items[${index}][id]`);
    if (change.quantity !== undefined) {
      if (change.quantity < 0)
        throw new StripeApiError('This value must be greater than or equal to 0.', { param: `items[${index}][quantity]` });
      item.quantity = change.quantity;
    }
    if (change.price === undefined || change.price === item.price.id) return;
    const price = requirePrice(ctx, change.price, `items[${index}][price]`);
    if (!price.active || price.type !== 'recurring') {
      // Emulator's wording; Stripe refuses inactive and one-time prices on subscription items.
      throw new StripeApiError(
        `The price specified (${price.id}) is ${price.active ? 'not recurring' : 'inactive'}. A subscription item needs an active recurring price.`,
        { param: `items[${index}][price]` },
      );
    }
    const intervalChanged =
      price.recurring?.interval !== item.price.recurring?.interval ||
      price.recurring?.interval_count !== item.price.recurring?.interval_count;
    item.price = price;
    item.plan = planFromPrice(price);
    if (intervalChanged) {
      item.current_period_start = now;
      item.current_period_end = periodEnd(now, price);
      subscription.billing_cycle_anchor = now;
    }
  });
}

/**
 * Switches one item to another price and/or quantity (the portal's plan switch and quantity change),
 * sending `customer.subscription.updated` with the old `items` in `previous_attributes`.
 *
 * @example
 * updateSubscriptionItem(ctx, 'sub_demo_active', 'si_demo_active', { price: 'price_demo_pro_monthly' });
 */
export function updateSubscriptionItem(
  ctx: EmulatorContext,
  subscriptionId: string,
  itemId: string,
  change: Omit<ItemChange, 'id'>,
  options: ActionOptions = {},
): Stripe.Subscription {
  return changeSubscription(
    ctx,
    subscriptionId,
    (subscription) => applyItemChanges(ctx, subscription, [{ id: itemId, ...change }]),
    options,
  );
}
