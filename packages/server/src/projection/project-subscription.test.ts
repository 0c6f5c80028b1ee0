import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { SECRET, serialise, signedRequest, stripe as signingStripe } from '../testing/signed-delivery';
import { createWebhookHandler } from '../webhooks/create-webhook-handler';
import { createBillingProjection } from './create-billing-projection';
import { createMemoryProjectionStore } from './memory-projection-store';
import type { ProjectionStripeClient } from './projection-stripe';

const SECOND = 1_767_225_600;
const RETENTION = { id: 'STAY25', object: 'coupon', name: '25% off for 3 months', percent_off: 25, amount_off: null };
const coupon = { ...RETENTION, currency: null, duration: 'repeating' } as unknown as Stripe.Coupon;
const discount = (id: string, from: Stripe.Coupon = coupon, end: number | null = SECOND + 90 * 86_400) =>
  ({ id, object: 'discount', start: SECOND, end, source: { type: 'coupon', coupon: from } }) as unknown as Stripe.Discount;
const described = (id: string) => ({
  id,
  couponId: 'STAY25',
  name: '25% off for 3 months',
  percentOff: 25,
  amountOff: null,
  currency: null,
  duration: 'repeating',
  start: SECOND,
  end: SECOND + 90 * 86_400,
});

function subscription(fields: Partial<Stripe.Subscription> = {}) {
  return { id: 'sub_1', object: 'subscription', customer: 'cus_a', status: 'active', items: { data: [] }, ...fields };
}
const event = (object: object, created = SECOND, id = `evt_${created}_${JSON.stringify(object).length}`) =>
  ({ id, object: 'event', type: 'customer.subscription.updated', created, data: { object } }) as unknown as Stripe.Event;

/**
 * A Stripe client whose subscription, when retrieved, has `fresh()`'s fields with its discounts
 * expanded (as `expand: ['discounts.source.coupon']` gives them); it records every retrieve.
 */
function stripeWith(fresh: () => Partial<Stripe.Subscription>, failures = 0) {
  const calls: Array<{ id: string; expand: unknown }> = [];
  let failing = failures;
  const stripe = {
    subscriptions: {
      async retrieve(id: string, params?: { expand?: string[] }) {
        calls.push({ id, expand: params?.expand });
        if (failing-- > 0) throw new Error('Stripe is unreachable');
        return subscription(fresh());
      },
      list: async () => ({ data: [] }),
    },
    invoices: { retrieve: async () => ({}) },
    customers: { retrieve: async () => ({}) },
    paymentMethods: { retrieve: async () => ({}) },
  } as unknown as ProjectionStripeClient;
  return { stripe, calls };
}
const discountsOf = async (projection: ReturnType<typeof createBillingProjection>) =>
  (await projection.getCustomerBilling('cus_a')).subscriptions[0]?.discounts;

describe('the billing projection: a subscription’s discounts', () => {
  it('reads discounts an event names by ID from Stripe once, expanded with their coupons', async () => {
    const { stripe, calls } = stripeWith(() => ({ discounts: [discount('di_1')] }));
    const projection = createBillingProjection({ stripe });
    expect(await projection.apply(event(subscription({ discounts: ['di_1'] })))).toBe('applied');
    expect(calls).toEqual([{ id: 'sub_1', expand: ['discounts.source.coupon'] }]);
    expect(await discountsOf(projection)).toEqual([described('di_1')]);
  });

  it('asks nothing when the row already describes the very discounts the event names', async () => {
    const { stripe, calls } = stripeWith(() => ({ discounts: [discount('di_1')] }));
    const projection = createBillingProjection({ stripe });
    await projection.apply(event(subscription({ discounts: ['di_1'] })));
    await projection.apply(event(subscription({ discounts: ['di_1'], status: 'past_due' }), SECOND + 1));
    expect(calls).toHaveLength(1);
    const [projected] = (await projection.getCustomerBilling('cus_a')).subscriptions;
    expect(projected).toMatchObject({ status: 'past_due', discounts: [described('di_1')] });
  });

  it('asks again when the event names a discount the row does not describe, and keeps Stripe’s order', async () => {
    let inStripe = [discount('di_1')];
    const { stripe, calls } = stripeWith(() => ({ discounts: inStripe }));
    const projection = createBillingProjection({ stripe });
    await projection.apply(event(subscription({ discounts: ['di_1'] })));
    inStripe = [discount('di_1'), discount('di_2')];
    await projection.apply(event(subscription({ discounts: ['di_1', 'di_2'] }), SECOND + 1));
    expect(calls).toHaveLength(2);
    expect((await discountsOf(projection))?.map((one) => one.id)).toEqual(['di_1', 'di_2']);
  });

  it.each([
    [
      'a percentage for some months',
      discount('di_1'),
      { percentOff: 25, amountOff: null, currency: null, end: SECOND + 90 * 86_400 },
    ],
    [
      'an amount off forever',
      discount('di_1', { ...coupon, percent_off: null, amount_off: 500, currency: 'usd', duration: 'forever' }, null),
      { percentOff: null, amountOff: 500, currency: 'usd', duration: 'forever', end: null },
    ],
  ])('asks nothing when the event carries its discounts expanded: %s', async (_name, expanded, terms) => {
    const { stripe, calls } = stripeWith(() => ({}));
    const projection = createBillingProjection({ stripe });
    await projection.apply(event(subscription({ discounts: [expanded] })));
    expect(calls).toEqual([]);
    expect(await discountsOf(projection)).toEqual([{ ...described('di_1'), ...terms }]);
  });

  it('empties the discounts once an event has none, without asking', async () => {
    const { stripe, calls } = stripeWith(() => ({ discounts: [discount('di_1')] }));
    const projection = createBillingProjection({ stripe });
    await projection.apply(event(subscription({ discounts: ['di_1'] })));
    await projection.apply(event(subscription({ discounts: [] }), SECOND + 1));
    expect(calls).toHaveLength(1);
    expect(await discountsOf(projection)).toEqual([]);
  });

  it('writes Stripe’s copy when its discounts changed after the event, since that copy is newer', async () => {
    const { stripe } = stripeWith(() => ({ discounts: [], status: 'canceled' }));
    const projection = createBillingProjection({ stripe });
    await projection.apply(event(subscription({ discounts: ['di_gone'] })));
    const [projected] = (await projection.getCustomerBilling('cus_a')).subscriptions;
    expect(projected).toMatchObject({ status: 'canceled', discounts: [] });
  });

  it('reads Stripe once, not twice, for a same-second event that names a new discount', async () => {
    const { stripe, calls } = stripeWith(() => ({ discounts: [discount('di_1')] }));
    const projection = createBillingProjection({ stripe });
    await projection.apply(event(subscription({ discounts: [] }), SECOND, 'evt_created'));
    expect(await projection.apply(event(subscription({ discounts: ['di_1'] }), SECOND, 'evt_updated'))).toBe('refetched');
    expect(calls).toHaveLength(1);
    expect(await discountsOf(projection)).toEqual([described('di_1')]);
  });

  it('leaves the row as it was and the event to be redelivered when Stripe cannot be read', async () => {
    const { stripe, calls } = stripeWith(() => ({ discounts: [discount('di_1')] }), 1);
    const projection = createBillingProjection({ stripe });
    await projection.apply(event(subscription({ discounts: [] }), SECOND - 1));
    const before = await projection.getCustomerBilling('cus_a');
    const handle = createWebhookHandler({
      stripe: signingStripe,
      secret: SECRET,
      on: { ...projection.on },
      logger: { error: () => {}, warn: () => {} },
    });
    const payload = serialise(event(subscription({ discounts: ['di_1'] }), SECOND, 'evt_offer'));
    expect((await handle(await signedRequest(payload))).status).toBe(500);
    expect(await projection.getCustomerBilling('cus_a')).toEqual(before);
    expect((await handle(await signedRequest(payload))).status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(await discountsOf(projection)).toEqual([described('di_1')]);
  });

  it('reads a row written before discounts were kept as having none', async () => {
    const store = createMemoryProjectionStore();
    const { discounts: _discounts, ...older } = { id: 'sub_1', status: 'active', items: [], discounts: [] };
    await store.write(
      { kind: 'subscription', id: 'sub_1', owner: 'cus_a', account: null, version: 1, eventIds: [], data: older },
      null,
    );
    const projection = createBillingProjection({ stripe: stripeWith(() => ({})).stripe, store });
    expect(await discountsOf(projection)).toEqual([]);
  });
});
