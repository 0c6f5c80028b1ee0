import type Stripe from 'stripe';
import type { PortalRequest } from '../portal-request';

/** A price the customer may switch to, with the quantity rules of its product. */
export interface PlanOption {
  price: Stripe.Price;
  /** Quantity bounds when the product's quantity is adjustable, else null. */
  quantity: { minimum: number; maximum: number | null } | null;
}

/**
 * The prices a `subscription_update` page offers: the configuration's `products[].prices` that
 * exist and are active and recurring. Quantity is adjustable only when `default_allowed_updates`
 * includes `quantity` and the product's `adjustable_quantity` is enabled (the emulator's reading of
 * the two settings together). Without `price` in `default_allowed_updates`, only the current price
 * is offered.
 *
 * @example
 * const options = planOptions(request, subscription.items.data[0]);
 */
export function planOptions(request: PortalRequest, item: Stripe.SubscriptionItem): PlanOption[] {
  const settings = request.configuration.features.subscription_update;
  const allowsPrice = settings.default_allowed_updates.includes('price');
  const allowsQuantity = settings.default_allowed_updates.includes('quantity');
  const products = settings.products ?? [];
  const quantityOf = (price: Stripe.Price): PlanOption['quantity'] => {
    const productId = typeof price.product === 'string' ? price.product : price.product.id;
    const entry = products.find((p) => p.product === productId);
    if (!allowsQuantity || !entry?.adjustable_quantity.enabled) return null;
    return { minimum: entry.adjustable_quantity.minimum, maximum: entry.adjustable_quantity.maximum };
  };
  const current: PlanOption = { price: item.price, quantity: quantityOf(item.price) };
  if (!allowsPrice) return [current];
  const options: PlanOption[] = [];
  for (const entry of products) {
    for (const priceId of entry.prices) {
      const price = request.emulator.store.prices.get(priceId);
      if (!price?.active || price.type !== 'recurring' || price.id === item.price.id) continue;
      options.push({ price, quantity: quantityOf(price) });
    }
  }
  return [current, ...options];
}
