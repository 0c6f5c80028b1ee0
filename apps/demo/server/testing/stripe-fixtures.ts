/*
 * Small Stripe objects for the projection's unit tests, shaped like the API's (only the fields the
 * projection reads are filled in; the rest of each type is left out on purpose). The end-to-end tests
 * use the emulator's real objects instead.
 */
import type Stripe from 'stripe';
import type { ProjectedEvent } from '../billing-projection';

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

export function customer(id: string, fields: Partial<Stripe.Customer> = {}): Stripe.Customer {
  return {
    id,
    object: 'customer',
    name: 'Ada Active',
    email: 'ada@example.com',
    invoice_settings: { default_payment_method: null },
    ...fields,
  } as unknown as Stripe.Customer;
}

export function subscription(
  id: string,
  customerId: string,
  itemPrice: Stripe.Price,
  fields: Partial<Stripe.Subscription> = {},
): Stripe.Subscription {
  return {
    id,
    object: 'subscription',
    customer: customerId,
    status: 'active',
    cancel_at_period_end: false,
    cancel_at: null,
    pause_collection: null,
    items: {
      object: 'list',
      data: [{ id: `si_${id.slice(4)}`, price: itemPrice, quantity: 1, current_period_end: 1_900_000_000 }],
    },
    ...fields,
  } as unknown as Stripe.Subscription;
}

export function card(id: string, customerId: string, brand: string, last4: string): Stripe.PaymentMethod {
  return {
    id,
    object: 'payment_method',
    type: 'card',
    customer: customerId,
    card: { brand, last4, exp_month: 12, exp_year: 2030 },
  } as unknown as Stripe.PaymentMethod;
}

/** A subscription's renewal invoice; `status: 'open'` with `attempt_count: 1` is one whose charge failed. */
export function invoice(id: string, customerId: string, fields: Partial<Stripe.Invoice> = {}): Stripe.Invoice {
  return {
    id,
    object: 'invoice',
    customer: customerId,
    status: 'open',
    attempt_count: 1,
    amount_due: 900,
    currency: 'usd',
    created: 1_800_000_000,
    parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_a1', metadata: {} } },
    ...fields,
  } as unknown as Stripe.Invoice;
}

let eventCount = 0;

/** A verified event as the webhook handler would hand it over. */
export function event<T extends ProjectedEvent['type']>(
  type: T,
  object: Extract<ProjectedEvent, { type: T }>['data']['object'],
  created: number,
): Extract<ProjectedEvent, { type: T }> {
  eventCount += 1;
  return { id: `evt_test_${eventCount}`, object: 'event', type, created, data: { object } } as unknown as Extract<
    ProjectedEvent,
    { type: T }
  >;
}
