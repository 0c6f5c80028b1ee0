import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator({ clock: 'frozen' });

const { customers, subscriptions, items, prices } = DEMO_IDS;
const returnUrl = 'http://localhost:3000/account';

describe('POST /v1/billing_portal/sessions', () => {
  it('creates a session shaped like Stripe’s, with the URL on the emulator', async () => {
    const session = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      locale: 'fr',
    });
    expect(session).toMatchObject({
      object: 'billing_portal.session',
      configuration: DEMO_IDS.configuration,
      customer: customers.active,
      customer_account: null,
      flow: null,
      livemode: false,
      locale: 'fr',
      on_behalf_of: null,
      return_url: returnUrl,
      after_expiration: null,
      created: running().emulator.clock.now(),
    });
    expect(session.id).toMatch(/^bps_[A-Za-z0-9]{14}$/);
    expect(session.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${running().port}/p/session/test_[A-Za-z0-9_-]{43}$`));
  });

  it('accepts an Accounts v2 customer_account that a seeded subscription names, and shows its customer', async () => {
    running().emulator.seed({
      subscriptions: [
        { id: 'sub_v2', customer: customers.none, customer_account: 'acct_v2', items: [{ price: prices.starterMonthly }] },
      ],
    });
    const session = await running().stripe.billingPortal.sessions.create({
      customer_account: 'acct_v2',
      return_url: returnUrl,
      flow_data: { type: 'subscription_cancel', subscription_cancel: { subscription: 'sub_v2' } },
    });
    expect(session).toMatchObject({ customer: customers.none, customer_account: 'acct_v2' });
    expect((await running().stripe.subscriptions.retrieve('sub_v2')).customer_account).toBe('acct_v2');
  });

  it('gives every session its own unguessable URL', async () => {
    const a = await running().stripe.billingPortal.sessions.create({ customer: customers.active, return_url: returnUrl });
    const b = await running().stripe.billingPortal.sessions.create({ customer: customers.active, return_url: returnUrl });
    expect(a.url).not.toBe(b.url);
    expect(a.id).not.toBe(b.id);
  });

  it('falls back to the configuration’s default_return_url', async () => {
    await running().stripe.billingPortal.configurations.update(DEMO_IDS.configuration, {
      default_return_url: 'https://app.example.com/billing',
    });
    const session = await running().stripe.billingPortal.sessions.create({ customer: customers.none });
    expect(session.return_url).toBe('https://app.example.com/billing');
    await running().stripe.billingPortal.configurations.update(DEMO_IDS.configuration, { default_return_url: '' });
  });

  it('expands the configuration on request', async () => {
    const session = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      expand: ['configuration'],
    });
    const configuration = session.configuration as Stripe.BillingPortal.Configuration;
    expect(configuration.object).toBe('billing_portal.configuration');
    expect(configuration.is_default).toBe(true);
  });

  it('echoes the flow with every other type’s sub-object null, and after_completion always present', async () => {
    const session = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      flow_data: {
        type: 'subscription_cancel',
        subscription_cancel: {
          subscription: subscriptions.active,
          retention: { type: 'coupon_offer', coupon_offer: { coupon: DEMO_IDS.retentionCoupon } },
        },
      },
    });
    expect(session.flow).toEqual({
      type: 'subscription_cancel',
      after_completion: { type: 'portal_homepage', hosted_confirmation: null, redirect: null },
      customer_update: null,
      subscription_cancel: {
        subscription: subscriptions.active,
        retention: { type: 'coupon_offer', coupon_offer: { coupon: DEMO_IDS.retentionCoupon } },
      },
      subscription_pause: null,
      subscription_update: null,
      subscription_update_confirm: null,
    });
  });

  it('echoes after_completion: hosted confirmation with a 500-character message, and redirect', async () => {
    const message = 'm'.repeat(500);
    const hosted = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      flow_data: {
        type: 'payment_method_update',
        after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: message } },
      },
    });
    expect(hosted.flow?.after_completion).toEqual({
      type: 'hosted_confirmation',
      hosted_confirmation: { custom_message: message },
      redirect: null,
    });
    const redirect = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      flow_data: {
        type: 'customer_update',
        after_completion: { type: 'redirect', redirect: { return_url: 'https://app.example.com/done?x=1' } },
      },
    });
    expect(redirect.flow?.after_completion).toEqual({
      type: 'redirect',
      hosted_confirmation: null,
      redirect: { return_url: 'https://app.example.com/done?x=1' },
    });
    expect(redirect.flow?.customer_update).toEqual({});
  });

  it('echoes the update-confirm item and discounts, and the pause flow (API 2026-10-28)', async () => {
    const confirm = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      flow_data: {
        type: 'subscription_update_confirm',
        subscription_update_confirm: {
          subscription: subscriptions.active,
          items: [{ id: items.active, price: prices.proMonthly, quantity: 2 }],
          discounts: [{ coupon: DEMO_IDS.retentionCoupon }],
        },
      },
    });
    expect(confirm.flow?.subscription_update_confirm).toEqual({
      subscription: subscriptions.active,
      items: [{ id: items.active, price: prices.proMonthly, quantity: 2 }],
      discounts: [{ coupon: DEMO_IDS.retentionCoupon, promotion_code: null }],
    });
    const pause = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      flow_data: { type: 'subscription_pause', subscription_pause: { subscription: subscriptions.active } },
    });
    expect(pause.flow?.subscription_pause).toEqual({ subscription: subscriptions.active });
  });

  it('echoes after_expiration, with or without a recovery deadline', async () => {
    const until = running().emulator.clock.now() + 3600;
    const withDeadline = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      after_expiration: { type: 'customer_login', customer_login: { expires_at: until } },
    });
    expect(withDeadline.after_expiration).toEqual({ type: 'customer_login', customer_login: { expires_at: until } });
    const open = await running().stripe.billingPortal.sessions.create({
      customer: customers.active,
      return_url: returnUrl,
      after_expiration: { type: 'customer_login' },
    });
    expect(open.after_expiration).toEqual({ type: 'customer_login', customer_login: { expires_at: null } });
  });

  it('sends billing_portal.session.created carrying the session', async () => {
    const session = await running().stripe.billingPortal.sessions.create({ customer: customers.multi, return_url: returnUrl });
    const event = running()
      .emulator.store.events.list()
      .find((e) => e.type === 'billing_portal.session.created');
    expect(event?.data.object).toMatchObject({ id: session.id, customer: customers.multi });
  });
});
