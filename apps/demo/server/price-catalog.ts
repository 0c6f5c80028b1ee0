import type Stripe from 'stripe';

/** A price, named from the catalog read at start (webhook payloads carry only the product's ID). */
export interface PlanState {
  priceId: string;
  /** The product's name, e.g. `Pro`; the price ID when the catalog does not know the price. */
  productName: string;
  /** The price's nickname, e.g. `Pro monthly`, when it has one. */
  nickname: string | null;
  /** In the currency's minor unit, e.g. cents. */
  unitAmount: number | null;
  currency: string;
  /** `month`, `year`, ...; null for a one-time price. */
  interval: string | null;
}

/** The prices the demo sells, read once at start, used to name plans and to limit plan changes. */
export interface PriceCatalog {
  /** Every active recurring price, in the order Stripe listed them. */
  readonly plans: readonly PlanState[];
  /** Names a subscription item's price; webhook payloads carry the product's ID, not its name. */
  describe(price: Stripe.Price): PlanState;
  /** The plan of a price ID from the projection, or null when the catalog does not know it. */
  find(priceId: string): PlanState | null;
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
  return { plans, describe: toPlan, find: (priceId) => plans.find((plan) => plan.priceId === priceId) ?? null };
}
