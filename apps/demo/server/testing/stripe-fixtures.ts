/*
 * Small Stripe objects for the catalog's unit tests, shaped like the API's (only the fields the
 * catalog reads are filled in; the rest of each type is left out on purpose). The end-to-end tests
 * use the emulator's real objects instead.
 */
import type Stripe from 'stripe';

export function price(id: string, product: string, unitAmount: number, interval: 'month' | 'year' = 'month'): Stripe.Price {
  return {
    id,
    object: 'price',
    active: true,
    product,
    nickname: null,
    unit_amount: unitAmount,
    currency: 'usd',
    recurring: { interval, interval_count: 1 },
  } as unknown as Stripe.Price;
}

export function product(id: string, name: string): Stripe.Product {
  return { id, object: 'product', name, active: true } as unknown as Stripe.Product;
}
