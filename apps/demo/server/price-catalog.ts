import type Stripe from 'stripe';
import type { PlanState } from './billing-state';

/** The prices the demo sells, read once at start, used to name plans and to limit plan changes. */
export interface PriceCatalog {
  /** Every active recurring price, in the order Stripe listed them. */
  readonly plans: readonly PlanState[];
  /** Names a subscription item's price; webhook payloads carry the product's ID, not its name. */
  describe(price: Stripe.Price): PlanState;
}

/**
 * Builds the catalog from Stripe's prices and products.
 *
 * @example
 * const catalog = createPriceCatalog(prices.data, products.data);
 * catalog.describe(subscription.items.data[0].price).productName; // 'Pro'
 */
export function createPriceCatalog(prices: readonly Stripe.Price[], products: readonly Stripe.Product[]): PriceCatalog {
  const productNames = new Map(products.map((product) => [product.id, product.name]));
  const nameOf = (price: Stripe.Price): string => {
    if (typeof price.product === 'object' && 'name' in price.product) return price.product.name;
    return productNames.get(price.product as string) ?? price.nickname ?? price.id;
  };
  const toPlan = (price: Stripe.Price): PlanState => ({
    priceId: price.id,
    productName: nameOf(price),
    nickname: price.nickname,
    unitAmount: price.unit_amount,
    currency: price.currency,
    interval: price.recurring?.interval ?? null,
  });
  const plans = prices.filter((price) => price.active && price.recurring).map(toPlan);
  return { plans, describe: toPlan };
}
