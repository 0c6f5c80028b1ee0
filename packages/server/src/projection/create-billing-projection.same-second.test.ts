import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createBillingProjection } from './create-billing-projection';
import type { ProjectionStripeClient } from './projection-stripe';

const SECOND = 1_767_225_600;

/** A Stripe client that counts the invoices and subscriptions it is asked for, answering with `fresh`. */
function countingStripe(fresh: { invoice?: Partial<Stripe.Invoice>; subscription?: Partial<Stripe.Subscription> }) {
  const calls: string[] = [];
  const stripe = {
    invoices: { retrieve: async (id: string) => (calls.push(id), invoice(fresh.invoice ?? {})) },
    subscriptions: {
      retrieve: async (id: string) => (calls.push(id), subscription(fresh.subscription ?? {})),
      list: async () => ({ data: [] }),
    },
    customers: { retrieve: async () => ({}) },
    paymentMethods: { retrieve: async () => ({}) },
  } as unknown as ProjectionStripeClient;
  return { stripe, calls };
}

function invoice(fields: Partial<Stripe.Invoice>) {
  return {
    id: 'in_1',
    object: 'invoice',
    customer: 'cus_a',
    status: 'draft',
    amount_due: 900,
    amount_remaining: 900,
    currency: 'usd',
    ...fields,
  };
}
function subscription(fields: Partial<Stripe.Subscription>) {
  return {
    id: 'sub_1',
    object: 'subscription',
    customer: 'cus_a',
    status: 'active',
    cancel_at_period_end: false,
    items: { data: [] },
    ...fields,
  };
}
const event = (type: string, object: object, id: string) =>
  ({ id, object: 'event', type, created: SECOND, data: { object } }) as unknown as Stripe.Event;

// What Stripe sends when a renewal's invoice is paid at once: four events, one second.
const INVOICE_EVENTS = [
  event('invoice.created', invoice({ status: 'draft' }), 'evt_created'),
  event('invoice.finalized', invoice({ status: 'open' }), 'evt_finalized'),
  event('invoice.paid', invoice({ status: 'paid', amount_remaining: 0 }), 'evt_paid'),
  event('invoice.payment_succeeded', invoice({ status: 'paid', amount_remaining: 0 }), 'evt_succeeded'),
];
const ORDERS = [
  [0, 1, 2, 3],
  [3, 2, 1, 0],
  [2, 0, 3, 1],
  [1, 3, 0, 2],
];

describe('createBillingProjection: events from one second', () => {
  it.each(ORDERS)('orders an invoice’s events by status, in any order, without asking Stripe (%j)', async (...order) => {
    const { stripe, calls } = countingStripe({});
    const projection = createBillingProjection({ stripe });
    await projection.apply(event('customer.subscription.created', subscription({}), 'evt_sub'));
    for (const index of order) await projection.apply(INVOICE_EVENTS[index]!);
    expect(calls).toEqual([]);
    // Paid, so no longer open.
    expect((await projection.getCustomerBilling('cus_a')).openInvoices).toEqual([]);
  });

  it('asks Stripe when two snapshots of one status differ, and keeps what Stripe says', async () => {
    const { stripe, calls } = countingStripe({ invoice: { status: 'open', amount_remaining: 400 } });
    const projection = createBillingProjection({ stripe });
    await projection.apply(event('invoice.finalized', invoice({ status: 'open' }), 'evt_finalized'));
    expect(
      await projection.apply(event('invoice.payment_failed', invoice({ status: 'open', amount_remaining: 800 }), 'evt_failed')),
    ).toBe('refetched');
    expect(calls).toEqual(['in_1']);
    expect((await projection.getCustomerBilling('cus_a')).openInvoices[0]?.amountRemaining).toBe(400);
  });

  it('writes nothing for a same-second event that says what the row says, so the version stays', async () => {
    const { stripe, calls } = countingStripe({});
    const projection = createBillingProjection({ stripe });
    await projection.apply(event('customer.subscription.created', subscription({}), 'evt_1'));
    const { version } = await projection.getCustomerBilling('cus_a');
    expect(await projection.apply(event('customer.subscription.updated', subscription({}), 'evt_2'))).toBe('duplicate');
    expect(calls).toEqual([]);
    expect((await projection.getCustomerBilling('cus_a')).version).toBe(version);
  });

  it('asks Stripe for a subscription whose same-second snapshots differ', async () => {
    const { stripe, calls } = countingStripe({ subscription: { status: 'past_due' } });
    const projection = createBillingProjection({ stripe });
    await projection.apply(event('customer.subscription.created', subscription({ status: 'incomplete' }), 'evt_1'));
    expect(await projection.apply(event('customer.subscription.updated', subscription({ status: 'active' }), 'evt_2'))).toBe(
      'refetched',
    );
    expect(calls).toEqual(['sub_1']);
    expect((await projection.getCustomerBilling('cus_a')).subscriptions[0]?.status).toBe('past_due');
  });
});
