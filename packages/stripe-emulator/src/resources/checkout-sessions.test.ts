import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { CANCEL_URL, SUCCESS_URL, cardInput, checkoutParams, TEST_CARDS } from '../testing/checkout';
import { rejectionOf, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator({ clock: 'frozen' });
const { prices, customers } = DEMO_IDS;

describe('POST /v1/checkout/sessions (subscription mode)', () => {
  it('creates an open hosted session on the emulator’s origin, with the success URL template kept', async () => {
    const { stripe, emulator } = running();
    const session = await stripe.checkout.sessions.create(
      checkoutParams({
        client_reference_id: 'user_42',
        metadata: { plan: 'pro' },
        allow_promotion_codes: true,
        subscription_data: { trial_period_days: 14, metadata: { user: '42' } },
      }),
    );
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'subscription',
      status: 'open',
      payment_status: 'unpaid',
      ui_mode: 'hosted_page',
      customer: customers.none,
      success_url: SUCCESS_URL,
      cancel_url: CANCEL_URL,
      client_reference_id: 'user_42',
      metadata: { plan: 'pro' },
      allow_promotion_codes: true,
      subscription: null,
      amount_total: 2900,
      currency: 'usd',
      expires_at: emulator.clock.now() + 24 * 3600,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url).toMatch(new RegExp(`^${emulator.url}/c/pay/pay_`));
    expect(session.url).not.toContain(session.id);
    expect(session).not.toHaveProperty('line_items');
  });

  it('takes customer_email instead of customer, and never both', async () => {
    const { stripe } = running();
    const session = await stripe.checkout.sessions.create(
      checkoutParams({ customer: undefined, customer_email: 'new@example.com' }),
    );
    expect(session).toMatchObject({ customer: null, customer_email: 'new@example.com' });
    const both = await rejectionOf(stripe.checkout.sessions.create(checkoutParams({ customer_email: 'x@example.com' })));
    expect(both).toMatchObject({
      type: 'StripeInvalidRequestError',
      message: 'You may only specify one of these parameters: customer, customer_email.',
    });
  });

  it.each([
    ['mode', { mode: undefined }, 'parameter_missing'],
    ['line_items', { line_items: undefined }, 'parameter_missing'],
    ['line_items[0][price]', { line_items: [{ quantity: 1 }] }, 'parameter_missing'],
    ['line_items[0][quantity]', { line_items: [{ price: prices.proMonthly }] }, 'parameter_missing'],
    ['line_items[0][price]', { line_items: [{ price: 'price_nope', quantity: 1 }] }, 'resource_missing'],
    ['customer', { customer: 'cus_nope' }, 'resource_missing'],
    ['payment_method_types', { payment_method_types: ['card'] } as object, 'parameter_unknown'],
    ['success_url', { success_url: 'not a url' }, 'url_invalid'],
    ['cancel_url', { cancel_url: 'javascript:alert(1)' }, 'url_invalid'],
  ])('refuses a bad %s with Stripe’s code', async (param, overrides, code) => {
    const error = await rejectionOf(
      running().stripe.checkout.sessions.create(checkoutParams(overrides as Partial<Stripe.Checkout.SessionCreateParams>)),
    );
    expect(error).toMatchObject({ statusCode: 400, param, code });
    expect(running().emulator.store.checkoutSessions.size).toBe(0);
  });

  it('refuses one-time prices, more than 20 recurring items, and mismatched intervals', async () => {
    const { stripe, emulator } = running();
    emulator.seed({ prices: [{ id: 'price_setup_fee', product: DEMO_IDS.products.pro, unit_amount: 500, recurring: null }] });
    const oneTime = await rejectionOf(
      stripe.checkout.sessions.create(checkoutParams({ line_items: [{ price: 'price_setup_fee', quantity: 1 }] })),
    );
    expect(oneTime).toMatchObject({
      param: 'line_items',
      message: 'You must provide at least one recurring price in `subscription` mode when using prices.',
    });
    const many = Array.from({ length: 21 }, () => ({ price: prices.proMonthly, quantity: 1 }));
    expect((await rejectionOf(stripe.checkout.sessions.create(checkoutParams({ line_items: many })))).param).toBe('line_items');
    const mixed = [
      { price: prices.proMonthly, quantity: 1 },
      { price: prices.starterYearly, quantity: 1 },
    ];
    expect((await rejectionOf(stripe.checkout.sessions.create(checkoutParams({ line_items: mixed })))).param).toBe(
      'line_items[1][price]',
    );
  });

  it('keeps expires_at within 30 minutes to 24 hours of creation', async () => {
    const { stripe, emulator } = running();
    const now = emulator.clock.now();
    for (const expires_at of [now + 30 * 60 - 1, now + 24 * 3600 + 1, now - 10]) {
      expect((await rejectionOf(stripe.checkout.sessions.create(checkoutParams({ expires_at })))).param).toBe('expires_at');
    }
    for (const expires_at of [now + 30 * 60, now + 24 * 3600]) {
      expect((await stripe.checkout.sessions.create(checkoutParams({ expires_at }))).expires_at).toBe(expires_at);
    }
  });

  it('limits client_reference_id to 200 characters and names unsupported ui modes', async () => {
    const { stripe } = running();
    expect(
      (await rejectionOf(stripe.checkout.sessions.create(checkoutParams({ client_reference_id: 'x'.repeat(201) })))).param,
    ).toBe('client_reference_id');
    expect(
      (await stripe.checkout.sessions.create(checkoutParams({ client_reference_id: 'x'.repeat(200) }))).client_reference_id,
    ).toHaveLength(200);
    expect((await rejectionOf(stripe.checkout.sessions.create(checkoutParams({ ui_mode: 'embedded_page' })))).param).toBe(
      'ui_mode',
    );
    expect(
      (await rejectionOf(stripe.checkout.sessions.create(checkoutParams({ ui_mode: 'hosted' as 'hosted_page' })))).param,
    ).toBe('ui_mode');
  });
});

describe('retrieving, listing and expiring Checkout Sessions', () => {
  it('retrieves with line_items, subscription and customer expanded once complete', async () => {
    const { stripe, emulator } = running();
    const created = await stripe.checkout.sessions.create(
      checkoutParams({ line_items: [{ price: prices.proMonthly, quantity: 3 }] }),
    );
    const open = await stripe.checkout.sessions.retrieve(created.id, { expand: ['line_items'] });
    expect(open.line_items?.data).toEqual([
      expect.objectContaining({
        object: 'item',
        quantity: 3,
        amount_total: 8700,
        description: 'Pro',
        price: expect.objectContaining({ id: prices.proMonthly }),
      }),
    ]);
    emulator.actions.completeCheckout(created.id, cardInput(TEST_CARDS.succeeds));
    const done = await stripe.checkout.sessions.retrieve(created.id, { expand: ['subscription', 'customer', 'line_items'] });
    expect(done).toMatchObject({ status: 'complete', payment_status: 'paid', url: null });
    expect((done.subscription as Stripe.Subscription).items.data[0]).toMatchObject({
      quantity: 3,
      price: { id: prices.proMonthly },
    });
    expect((done.customer as Stripe.Customer).id).toBe(customers.none);
    expect(done.line_items?.data).toHaveLength(1);
    const deep = await stripe.checkout.sessions.retrieve(created.id, { expand: ['line_items.data.price.product'] });
    expect((deep.line_items!.data[0]!.price!.product as Stripe.Product).name).toBe('Pro');
    expect((await rejectionOf(stripe.checkout.sessions.retrieve('cs_test_nope'))).statusCode).toBe(404);
  });

  it('lists a session’s line items with pagination', async () => {
    const { stripe } = running();
    const line_items = [
      { price: prices.proMonthly, quantity: 1 },
      { price: prices.starterMonthly, quantity: 2 },
    ];
    const session = await stripe.checkout.sessions.create(checkoutParams({ line_items }));
    const all = await stripe.checkout.sessions.listLineItems(session.id);
    expect(all.data.map((item) => item.price?.id)).toEqual([prices.proMonthly, prices.starterMonthly]);
    const first = await stripe.checkout.sessions.listLineItems(session.id, { limit: 1 });
    expect(first).toMatchObject({ has_more: true, data: [{ price: { id: prices.proMonthly } }] });
    const next = await stripe.checkout.sessions.listLineItems(session.id, { limit: 1, starting_after: first.data[0]?.id });
    expect(next).toMatchObject({ has_more: false, data: [{ price: { id: prices.starterMonthly } }] });
  });

  it('expires an open session once: checkout.session.expired, url null, then refused', async () => {
    const { stripe, emulator } = running();
    const session = await stripe.checkout.sessions.create(checkoutParams());
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    const [event] = emulator.store.events.list();
    expect(event).toMatchObject({ type: 'checkout.session.expired', data: { object: { id: session.id, status: 'expired' } } });
    expect(event?.request?.id).toMatch(/^req_/);
    expect((await rejectionOf(stripe.checkout.sessions.expire(session.id))).statusCode).toBe(400);
    expect((await rejectionOf(stripe.checkout.sessions.expire('cs_test_nope'))).statusCode).toBe(404);
  });

  it('expires on its own when the clock passes expires_at', async () => {
    const { stripe, emulator } = running();
    const session = await stripe.checkout.sessions.create(checkoutParams({ expires_at: emulator.clock.now() + 1800 }));
    emulator.clock.advance(1799);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    emulator.clock.advance(1);
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'expired', url: null });
    expect(emulator.store.events.list().filter((e) => e.type === 'checkout.session.expired')).toHaveLength(1);
  });

  it('lists newest first, by customer and status, with pagination', async () => {
    const { stripe, emulator } = running();
    const a = await stripe.checkout.sessions.create(checkoutParams());
    emulator.clock.advance(1);
    const b = await stripe.checkout.sessions.create(checkoutParams({ customer: customers.active }));
    emulator.clock.advance(1);
    const c = await stripe.checkout.sessions.create(checkoutParams());
    await stripe.checkout.sessions.expire(c.id);
    expect((await stripe.checkout.sessions.list()).data.map((s) => s.id)).toEqual([c.id, b.id, a.id]);
    expect((await stripe.checkout.sessions.list({ customer: customers.none })).data.map((s) => s.id)).toEqual([c.id, a.id]);
    expect((await stripe.checkout.sessions.list({ status: 'open' })).data.map((s) => s.id)).toEqual([b.id, a.id]);
    const page = await stripe.checkout.sessions.list({ limit: 2 });
    expect(page.has_more).toBe(true);
    expect((await stripe.checkout.sessions.list({ limit: 2, starting_after: page.data[1]?.id })).data.map((s) => s.id)).toEqual([
      a.id,
    ]);
    expect((await rejectionOf(stripe.checkout.sessions.list({ status: 'done' as 'open' }))).param).toBe('status');
  });
});
