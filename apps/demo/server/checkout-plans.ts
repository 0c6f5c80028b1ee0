import type { CheckoutPlan } from '@portalkit/server';
import type { PlanState, PriceCatalog } from './price-catalog';

/** A plan as the pricing list offers it: the catalog's price, named by the key the browser sends to Checkout. */
export interface PlanOffer extends PlanState {
  /** The plans map's key, e.g. `starter_monthly`: the only thing the Checkout request names. */
  key: string;
}

/** The app's plans map (for `createCheckoutHandler`) and the same plans as the pricing list shows them. */
export interface CheckoutPlans {
  plans: Record<string, CheckoutPlan>;
  offers: PlanOffer[];
}

/**
 * Builds the plans map from the catalog read at start: one plan per recurring price (cheapest first), keyed by its
 * nickname (`Starter monthly` -> `starter_monthly`) or, without one, by its price ID. A real app
 * writes this map by hand; the browser only ever sees the keys, never a price it could swap.
 *
 * @example
 * const { plans, offers } = createCheckoutPlans(catalog);
 * createCheckoutHandler({ stripe, plans, ... }); // the form posts plan=starter_monthly
 */
export function createCheckoutPlans(catalog: PriceCatalog): CheckoutPlans {
  const plans: Record<string, CheckoutPlan> = {};
  const offers: PlanOffer[] = [];
  // Cheapest first, as a pricing list reads; the keys do not depend on the order.
  const byAmount = [...catalog.plans].sort((a, b) => (a.unitAmount ?? 0) - (b.unitAmount ?? 0));
  for (const plan of byAmount) {
    const slug = plan.nickname
      ?.toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '');
    const key = slug && !(slug in plans) ? slug : plan.priceId;
    plans[key] = { price: plan.priceId };
    offers.push({ ...plan, key });
  }
  return { plans, offers };
}
