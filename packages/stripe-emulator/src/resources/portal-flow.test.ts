import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { rejectionOf, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator({}, (r) => {
  r.emulator.seed({
    subscriptions: [
      {
        id: 'sub_two_items',
        customer: DEMO_IDS.customers.multi,
        items: [
          { id: 'si_a', price: DEMO_IDS.prices.proMonthly },
          { id: 'si_b', price: DEMO_IDS.prices.starterMonthly },
        ],
      },
    ],
  });
});

const { customers, subscriptions: subs, items } = DEMO_IDS;
const session = (flow_data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  running().stripe.billingPortal.sessions.create({
    customer: customers.active,
    return_url: 'http://localhost:3000/account',
    flow_data,
    ...extra,
  } as unknown as Stripe.BillingPortal.SessionCreateParams);
const errorOf = (flow_data: Record<string, unknown>, extra?: Record<string, unknown>) => rejectionOf(session(flow_data, extra));
const confirm = (item: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  type: 'subscription_update_confirm',
  subscription_update_confirm: { subscription: subs.active, items: [{ id: items.active, ...item }], ...more },
});

describe('flow_data rules', () => {
  it('needs the sub-object of the chosen type and refuses another type’s', async () => {
    expect(await errorOf({ type: 'subscription_cancel' })).toMatchObject({
      code: 'parameter_missing',
      param: 'flow_data[subscription_cancel]',
    });
    expect((await errorOf({ type: 'payment_method_update', subscription_update: { subscription: subs.active } })).param).toBe(
      'flow_data[subscription_update]',
    );
  });

  it('names the flow’s subscription when it does not exist', async () => {
    const error = await errorOf({ type: 'subscription_update', subscription_update: { subscription: 'sub_missing' } });
    expect(error).toMatchObject({
      code: 'resource_missing',
      param: 'flow_data[subscription_update][subscription]',
      message: "No such subscription: 'sub_missing'",
    });
  });

  it('refuses a flow the configuration disables', async () => {
    const config = await running().stripe.billingPortal.configurations.create({
      features: { payment_method_update: { enabled: true }, subscription_cancel: { enabled: false } },
    });
    await expect(session({ type: 'payment_method_update' }, { configuration: config.id })).resolves.toMatchObject({
      configuration: config.id,
    });
    const error = await errorOf(
      { type: 'subscription_cancel', subscription_cancel: { subscription: subs.active } },
      { configuration: config.id },
    );
    expect(error).toMatchObject({ statusCode: 400, param: 'flow_data[type]' });
    expect(error.message).toContain('features[subscription_cancel][enabled] is false');
    for (const type of ['customer_update', 'subscription_pause', 'subscription_update']) {
      const flow = type === 'customer_update' ? { type } : { type, [type]: { subscription: subs.active } };
      expect((await errorOf(flow, { configuration: config.id })).param).toBe('flow_data[type]');
    }
  });

  it('refuses to cancel a subscription that is canceled or already set to cancel', async () => {
    running().emulator.actions.cancelSubscription(subs.pastDue, { mode: 'at_period_end' });
    const scheduled = await rejectionOf(
      running().stripe.billingPortal.sessions.create({
        customer: customers.pastDue,
        return_url: 'http://x.test',
        flow_data: { type: 'subscription_cancel', subscription_cancel: { subscription: subs.pastDue } },
      }),
    );
    expect(scheduled).toMatchObject({
      param: 'flow_data[subscription_cancel][subscription]',
      message: 'This subscription is already set to be canceled.',
    });
    running().emulator.actions.cancelSubscription(subs.multiAddon, { mode: 'immediately' });
    const canceled = await errorOf({ type: 'subscription_cancel', subscription_cancel: { subscription: subs.multiAddon } });
    expect(canceled.message).toBe('This subscription has already been canceled.');
  });

  it('refuses an unknown retention coupon', async () => {
    const error = await errorOf({
      type: 'subscription_cancel',
      subscription_cancel: { subscription: subs.active, retention: { type: 'coupon_offer', coupon_offer: { coupon: 'nope' } } },
    });
    expect(error).toMatchObject({
      code: 'resource_missing',
      param: 'flow_data[subscription_cancel][retention][coupon_offer][coupon]',
    });
  });

  it('does not check who owns the subscription: the app must (no evidence Stripe does)', async () => {
    const other = await session({ type: 'subscription_update', subscription_update: { subscription: subs.multiTeam } });
    expect(other.customer).toBe(customers.active);
    expect(other.flow?.subscription_update?.subscription).toBe(subs.multiTeam);
  });
});

describe('subscription_update_confirm rules', () => {
  const param = 'flow_data[subscription_update_confirm]';

  it('takes only prices offered in the configuration’s products', async () => {
    running().emulator.seed({ prices: [{ id: 'price_hidden', product: DEMO_IDS.products.pro, unit_amount: 1 }] });
    expect(await errorOf(confirm({ price: 'price_hidden' }))).toMatchObject({
      param: `${param}[items][0][price]`,
      message: expect.stringContaining('features.subscription_update.products'),
    });
    expect(await errorOf(confirm({ price: 'price_none' }))).toMatchObject({
      code: 'resource_missing',
      param: `${param}[items][0][price]`,
    });
  });

  it('takes one item, of a single-item subscription, that belongs to it, with a quantity of at least 1', async () => {
    const two = {
      type: 'subscription_update_confirm',
      subscription_update_confirm: { subscription: subs.active, items: [{ id: items.active }, { id: 'si_b' }] },
    };
    expect((await errorOf(two)).param).toBe(`${param}[items]`);
    const multi = {
      type: 'subscription_update_confirm',
      subscription_update_confirm: { subscription: 'sub_two_items', items: [{ id: 'si_a', quantity: 2 }] },
    };
    expect((await errorOf(multi)).param).toBe(`${param}[subscription]`);
    expect(await errorOf(confirm({ id: 'si_other' }))).toMatchObject({
      code: 'resource_missing',
      param: `${param}[items][0][id]`,
    });
    expect((await errorOf(confirm({ quantity: 0 }))).param).toBe(`${param}[items][0][quantity]`);
  });

  it('checks discounts: a known coupon, not both kinds at once', async () => {
    expect((await errorOf(confirm({}, { discounts: [{ coupon: 'nope' }] }))).code).toBe('resource_missing');
    expect(
      (await errorOf(confirm({}, { discounts: [{ coupon: DEMO_IDS.retentionCoupon, promotion_code: 'promo_1' }] }))).param,
    ).toBe(`${param}[discounts][0]`);
  });
});

describe('subscription_pause rules', () => {
  it('refuses a subscription that is already paused', async () => {
    running().emulator.actions.pauseSubscription(subs.multiTeam);
    const error = await rejectionOf(
      running().stripe.billingPortal.sessions.create({
        customer: customers.multi,
        return_url: 'http://x.test',
        flow_data: { type: 'subscription_pause', subscription_pause: { subscription: subs.multiTeam } },
      }),
    );
    expect(error.message).toBe('This subscription is already paused.');
  });
});
