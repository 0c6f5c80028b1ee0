import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createBillingProjection } from './create-billing-projection';
import type { ProjectionStripeClient } from './projection-stripe';

// Every call fails the test: these cases must be answered from events alone.
const refuse = () => {
  throw new Error('Stripe must not be called here.');
};
const noStripe = {
  subscriptions: { retrieve: refuse, list: refuse },
  invoices: { retrieve: refuse },
  customers: { retrieve: refuse },
  paymentMethods: { retrieve: refuse },
} as unknown as ProjectionStripeClient;

function subscriptionEvent(
  subscription: Partial<Stripe.Subscription>,
  created = 1_767_225_600,
  id = `evt_${created}`,
): Stripe.Event {
  const object = { object: 'subscription', status: 'active', cancel_at_period_end: false, items: { data: [] }, ...subscription };
  return { id, object: 'event', type: 'customer.subscription.updated', created, data: { object } } as unknown as Stripe.Event;
}
const item = (id: string) => ({ id, price: { id: 'price_basic', product: 'prod_basic', currency: 'usd', unit_amount: 2000 } });

describe('createBillingProjection: ownsSubscription', () => {
  it('knows the subscriptions events told it about, by customer and by Accounts v2 account', async () => {
    const projection = createBillingProjection({ stripe: noStripe });
    await projection.apply(subscriptionEvent({ id: 'sub_c', customer: 'cus_a', customer_account: null }));
    await projection.apply(subscriptionEvent({ id: 'sub_v2', customer: 'cus_b', customer_account: 'acct_b' }));
    expect(await projection.ownsSubscription('cus_a', 'sub_c')).toBe(true);
    expect(await projection.ownsSubscription('acct_b', 'sub_v2')).toBe(true);
    expect(await projection.ownsSubscription('cus_b', 'sub_c')).toBe(false);
    expect(await projection.ownsSubscription('acct_b', 'sub_c')).toBe(false);
    expect(await projection.ownsSubscription('cus_a', 'sub_never_seen')).toBeUndefined();
  });

  it('knows an item only when the last snapshot had it, and says "unknown" rather than "no" otherwise', async () => {
    const projection = createBillingProjection({ stripe: noStripe });
    await projection.apply(subscriptionEvent({ id: 'sub_c', customer: 'cus_a', items: { data: [item('si_1')] } as never }));
    expect(await projection.ownsSubscription('cus_a', 'sub_c', 'si_1')).toBe(true);
    expect(await projection.ownsSubscription('cus_a', 'sub_c', 'si_added_later')).toBeUndefined();
  });
});

describe('createBillingProjection: apply', () => {
  it('ignores events it does not project, and events without an object ID', async () => {
    const projection = createBillingProjection({ stripe: noStripe });
    const event = { ...subscriptionEvent({ id: 'sub_c' }), type: 'charge.succeeded' } as Stripe.Event;
    expect(await projection.apply(event)).toBe('ignored');
    expect(await projection.apply(subscriptionEvent({}))).toBe('ignored');
  });

  it('answers an unknown customer with an empty state at version 0', async () => {
    const projection = createBillingProjection({ stripe: noStripe });
    expect(await projection.getCustomerBilling('cus_unknown')).toEqual({
      version: '0',
      subscriptions: [],
      customer: null,
      defaultPaymentMethod: null,
      openInvoices: [],
    });
  });

  it('applies a later second, skips an earlier one and a repeat, without asking Stripe', async () => {
    const projection = createBillingProjection({ stripe: noStripe });
    const at = (created: number, status: string, id?: string) =>
      subscriptionEvent({ id: 'sub_c', customer: 'cus_a', status } as never, created, id);
    expect(await projection.apply(at(100, 'active'))).toBe('applied');
    expect(await projection.apply(at(102, 'past_due'))).toBe('applied');
    expect(await projection.apply(at(101, 'canceled', 'evt_late'))).toBe('stale');
    expect(await projection.apply(at(102, 'past_due'))).toBe('duplicate');
    expect((await projection.getCustomerBilling('cus_a')).subscriptions[0]?.status).toBe('past_due');
  });

  it('handles every projected type through on', () => {
    const projection = createBillingProjection({ stripe: noStripe });
    expect(Object.keys(projection.on)).toEqual(
      expect.arrayContaining(['customer.subscription.updated', 'invoice.paid', 'customer.updated']),
    );
    expect(Object.keys(projection.on)).not.toContain('invoice.upcoming');
  });

  it.each([[undefined], [{}], [{ subscriptions: {} }]])('refuses a missing Stripe client (%j) when it is created', (stripe) => {
    expect(() => createBillingProjection({ stripe } as never)).toThrow('createBillingProjection(): pass stripe');
  });

  it('refuses a store that is not one', () => {
    expect(() => createBillingProjection({ stripe: noStripe, store: {} as never })).toThrow(/store must be/);
  });
});
