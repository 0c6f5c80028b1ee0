import { describe, expect, it } from 'vitest';
import { createCheckoutPlans } from './checkout-plans';
import { createPriceCatalog } from './price-catalog';
import { price, product } from './testing/stripe-fixtures';

const named = (id: string, nickname: string | null) => ({ ...price(id, 'prod_a', 900), nickname });

describe('createCheckoutPlans', () => {
  it('keys each recurring price by its nickname, and offers the same keys with the plan to show', () => {
    const catalog = createPriceCatalog(
      [named('price_m', 'Starter monthly'), named('price_y', 'Starter yearly')],
      [product('prod_a', 'Starter')],
    );
    const { plans, offers } = createCheckoutPlans(catalog);
    expect(plans).toEqual({ starter_monthly: { price: 'price_m' }, starter_yearly: { price: 'price_y' } });
    expect(offers.map(({ key, productName, priceId }) => ({ key, productName, priceId }))).toEqual([
      { key: 'starter_monthly', productName: 'Starter', priceId: 'price_m' },
      { key: 'starter_yearly', productName: 'Starter', priceId: 'price_y' },
    ]);
  });

  it('falls back to the price ID for a price without a nickname, or with one another price already took', () => {
    const catalog = createPriceCatalog([named('price_1', 'Team'), named('price_2', 'Team'), named('price_3', null)], []);
    expect(Object.keys(createCheckoutPlans(catalog).plans)).toEqual(['team', 'price_2', 'price_3']);
  });

  it('lists the cheapest plan first', () => {
    const catalog = createPriceCatalog([price('price_big', 'prod_a', 2900), price('price_small', 'prod_a', 900)], []);
    expect(createCheckoutPlans(catalog).offers.map((offer) => offer.priceId)).toEqual(['price_small', 'price_big']);
  });
});
