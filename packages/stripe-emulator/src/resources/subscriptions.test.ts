import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { rejectionOf, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator();

const { customers, subscriptions: subs, items, prices } = DEMO_IDS;

describe('/v1/subscriptions', () => {
  it('retrieves a subscription in API 2026 shape: periods on items, discounts[], billing_mode', async () => {
    const subscription = await running().stripe.subscriptions.retrieve(subs.active, {
      expand: ['customer', 'items.data.price.product'],
    });
    expect(subscription).toMatchObject({
      object: 'subscription',
      status: 'active',
      discounts: [],
      billing_mode: { type: 'classic' },
      cancel_at_period_end: false,
    });
    expect(subscription).not.toHaveProperty('current_period_end');
    const [item] = subscription.items.data;
    expect(item?.current_period_end).toBeGreaterThan(item?.current_period_start ?? Infinity);
    expect(((item!.price as Stripe.Price).product as Stripe.Product).name).toBe('Starter');
    expect((subscription.customer as Stripe.Customer).email).toBe('ada@example.com');
  });

  it('refuses an expansion that is not a reference', async () => {
    const error = await rejectionOf(running().stripe.subscriptions.retrieve(subs.active, { expand: ['status'] }));
    expect(error).toMatchObject({ param: 'expand', message: 'This property cannot be expanded (status).' });
  });

  it('lists by customer and status; canceled ones only when asked', async () => {
    await running().stripe.subscriptions.cancel(subs.multiAddon);
    const open = await running().stripe.subscriptions.list({ customer: customers.multi });
    expect(open.data.map((s) => s.id)).toEqual([subs.multiTeam]);
    const canceled = await running().stripe.subscriptions.list({ customer: customers.multi, status: 'canceled' });
    expect(canceled.data.map((s) => s.id)).toEqual([subs.multiAddon]);
    expect((await running().stripe.subscriptions.list({ status: 'past_due' })).data.map((s) => s.id)).toEqual([subs.pastDue]);
    expect((await running().stripe.subscriptions.list({ price: prices.proMonthly, status: 'all' })).data).toHaveLength(2);
    expect((await rejectionOf(running().stripe.subscriptions.list({ status: 'sleeping' as 'active' }))).param).toBe('status');
  });

  it('updates items, cancel_at_period_end and metadata in one customer.subscription.updated', async () => {
    const before = running().emulator.store.events.size;
    const updated = await running().stripe.subscriptions.update(subs.active, {
      items: [{ id: items.active, price: prices.starterYearly }],
      cancel_at_period_end: true,
      metadata: { source: 'test' },
      proration_behavior: 'none',
    });
    expect(updated.items.data[0]?.price.id).toBe(prices.starterYearly);
    expect(updated).toMatchObject({ cancel_at_period_end: true, metadata: { source: 'test' } });
    const [event] = running().emulator.store.events.list();
    expect(running().emulator.store.events.size).toBe(before + 1);
    expect(event?.type).toBe('customer.subscription.updated');
    expect(Object.keys(event?.data.previous_attributes ?? {}).sort()).toEqual(
      expect.arrayContaining(['cancel_at_period_end', 'items', 'metadata']),
    );
  });

  it('refuses item changes it cannot model, and unknown items or prices', async () => {
    expect(
      (await rejectionOf(running().stripe.subscriptions.update(subs.active, { items: [{ price: prices.proMonthly }] }))).param,
    ).toBe('items[0]');
    expect(
      (await rejectionOf(running().stripe.subscriptions.update(subs.active, { items: [{ id: 'si_nope', quantity: 2 }] }))).code,
    ).toBe('resource_missing');
    expect(
      (
        await rejectionOf(
          running().stripe.subscriptions.update(subs.active, { items: [{ id: items.active, price: 'price_nope' }] }),
        )
      ).param,
    ).toBe('items[0][price]');
    expect((await rejectionOf(running().stripe.subscriptions.update(subs.active, { trial_end: 'now' }))).message).toMatch(
      /emulator does not support trial_end/,
    );
  });

  it('cancels with DELETE, then only takes metadata and cancellation_details', async () => {
    const canceled = await running().stripe.subscriptions.cancel(subs.pastDue, {
      cancellation_details: { feedback: 'unused', comment: 'bye' },
    });
    expect(canceled).toMatchObject({
      status: 'canceled',
      cancellation_details: { feedback: 'unused', comment: 'bye', reason: 'cancellation_requested' },
    });
    await expect(running().stripe.subscriptions.update(subs.pastDue, { metadata: { note: 'ok' } })).resolves.toMatchObject({
      metadata: { note: 'ok' },
    });
    const error = await rejectionOf(running().stripe.subscriptions.update(subs.pastDue, { cancel_at_period_end: false }));
    expect(error.message).toBe('A canceled subscription can only update its cancellation_details and metadata.');
  });

  it('answers 404 for an unknown subscription', async () => {
    expect(await rejectionOf(running().stripe.subscriptions.retrieve('sub_nope'))).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      param: 'id',
    });
    expect((await rejectionOf(running().stripe.subscriptions.cancel('sub_nope'))).statusCode).toBe(404);
  });
});

describe('/v1/products, /v1/prices, /v1/events', () => {
  it('lists the seeded catalog and filters prices by product', async () => {
    expect((await running().stripe.products.list()).data.map((p) => p.name).sort()).toEqual(['Pro', 'Starter']);
    const pro = await running().stripe.prices.list({ product: DEMO_IDS.products.pro, expand: ['data.product'] });
    expect(pro.data.map((p) => p.id).sort()).toEqual([prices.proMonthly, prices.proYearly]);
    expect((pro.data[0]!.product as Stripe.Product).name).toBe('Pro');
    expect((await running().stripe.prices.retrieve(prices.starterMonthly)).unit_amount).toBe(900);
  });

  it('lists events with a wildcard type filter', async () => {
    await running().stripe.subscriptions.update(subs.active, { metadata: { source: 'test' } });
    await running().stripe.customers.update(customers.active, { name: 'Ada King' });
    const events = await running().stripe.events.list({ type: 'customer.subscription.*' });
    expect(events.data.map((e) => e.type)).toEqual(['customer.subscription.updated']);
    const first = events.data[0] as Stripe.Event;
    expect((await running().stripe.events.retrieve(first.id)).id).toBe(first.id);
  });
});
