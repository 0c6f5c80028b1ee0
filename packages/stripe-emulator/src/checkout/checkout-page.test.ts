import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { EMULATOR_LABEL } from '../portal/layout';
import { DEMO_IDS } from '../seed/demo';
import { CANCEL_URL, TEST_CARDS, cardFields, checkoutOpener, eventTypes } from '../testing/checkout';
import { findForm, headingOf, textOf } from '../testing/portal-browser';
import { useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator({ clock: 'frozen', businessName: 'Acme Widgets' });

const openCheckout = checkoutOpener(running);
const types = () => eventTypes(running());

describe('the hosted Checkout page', () => {
  it('shows the order, the emulator label, the test cards and a plain card form', async () => {
    const { page } = await openCheckout({ line_items: [{ price: DEMO_IDS.prices.proMonthly, quantity: 2 }] });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(headingOf(page.html)).toBe('Subscribe to Acme Widgets');
    const text = textOf(page.html);
    expect(text).toContain(EMULATOR_LABEL);
    expect(text).toContain('Pro × 2 $29.00 per month');
    expect(text).toContain('Due today $58.00');
    expect(text).toContain('4000 0000 0000 0341');
    expect(Object.keys(findForm(page.html, 'Subscribe').fields).sort()).toEqual(['country', 'cvc', 'expiry', 'name', 'number']);
    expect(page.html).toContain(`<a href="${CANCEL_URL}">Return to Acme Widgets</a>`);
    expect(page.html).not.toContain('<script');
  });

  it('pays with 4242: creates the subscription and a paid invoice, sends Stripe’s events in order, and redirects to success_url', async () => {
    const { session, browser, page } = await openCheckout({ subscription_data: { metadata: { user: 'u_1' } } });
    const done = await browser.submit(page, 'Subscribe', cardFields(TEST_CARDS.succeeds));
    expect(done.status).toBe(303);
    expect(done.leftTo).toBe(`http://localhost:5999/welcome?session_id=${session.id}`);
    expect(types()).toEqual([
      'payment_method.attached',
      'customer.updated',
      'customer.subscription.created',
      'invoice.created',
      'invoice.finalized',
      'invoice.paid',
      'invoice.payment_succeeded',
      'checkout.session.completed',
    ]);
    const { stripe } = running();
    const completed = await stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription.latest_invoice'] });
    const subscription = completed.subscription as Stripe.Subscription;
    expect(subscription).toMatchObject({ status: 'active', customer: DEMO_IDS.customers.none, metadata: { user: 'u_1' } });
    expect(subscription.latest_invoice).toMatchObject({
      status: 'paid',
      amount_due: 2900,
      amount_paid: 2900,
      billing_reason: 'subscription_create',
    });
    const customer = (await stripe.customers.retrieve(DEMO_IDS.customers.none)) as Stripe.Customer;
    const card = await stripe.paymentMethods.retrieve(customer.invoice_settings.default_payment_method as string);
    expect(card).toMatchObject({ customer: DEMO_IDS.customers.none, card: { last4: '4242' } });
    expect((await browser.open(page.url)).status).toBe(200);
    expect(headingOf((await browser.open(page.url)).html)).toBe('This checkout is complete');
  });

  it('creates the customer from customer_email, announced first', async () => {
    const { session, browser, page } = await openCheckout({ customer: undefined, customer_email: 'new@example.com' });
    expect(textOf(page.html)).toContain('Email: new@example.com');
    await browser.submit(page, 'Subscribe', cardFields(TEST_CARDS.succeeds));
    expect(types()[0]).toBe('customer.created');
    const completed = await running().stripe.checkout.sessions.retrieve(session.id);
    const customer = (await running().stripe.customers.retrieve(completed.customer as string)) as Stripe.Customer;
    expect(customer).toMatchObject({ email: 'new@example.com', name: 'Alan Turing' });
    expect(completed.customer_details).toMatchObject({ email: 'new@example.com' });
  });

  it('asks for an email when the session has neither customer nor customer_email', async () => {
    const { browser, page } = await openCheckout({ customer: undefined });
    const missing = await browser.submit(page, 'Subscribe', { ...cardFields(TEST_CARDS.succeeds), email: 'nope' });
    expect(missing.status).toBe(422);
    expect(missing.html).toContain('href="#field-email"');
    await browser.submit(missing, 'Subscribe', { ...cardFields(TEST_CARDS.succeeds), email: 'alan@example.org' });
    expect(running().emulator.store.customers.list()[0]?.email).toBe('alan@example.org');
  });

  it.each([
    [TEST_CARDS.declined, 'Your card was declined.'],
    [TEST_CARDS.insufficientFunds, 'Your card has insufficient funds.'],
    [TEST_CARDS.attachesButChargesFail, 'Your card was declined.'],
  ])('declines %s on the page, with a focused error summary, creating nothing', async (number, message) => {
    const { session, browser, page } = await openCheckout({ customer: undefined, customer_email: 'new@example.com' });
    const customers = running().emulator.store.customers.size;
    const declined = await browser.submit(page, 'Subscribe', cardFields(number));
    expect(declined.status).toBe(422);
    expect(declined.leftTo).toBeNull();
    expect(declined.html).toMatch(
      /<div class="error error-summary" role="alert" id="form-error" tabindex="-1" autofocus>\s*<h2>There is a problem<\/h2>/,
    );
    expect(textOf(declined.html)).toContain(message);
    expect(declined.html).not.toContain(number.replaceAll(' ', ''));
    expect(findForm(declined.html, 'Subscribe').fields).toMatchObject({ number: '', expiry: '12 / 40', name: 'Alan Turing' });
    expect(types()).toEqual([]);
    expect(running().emulator.store.customers.size).toBe(customers);
    expect((await running().stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
  });

  it('starts a trial with 0341, which attaches: a zero first invoice, status trialing', async () => {
    const { session, browser, page } = await openCheckout({ subscription_data: { trial_period_days: 7 } });
    expect(textOf(page.html)).toContain('Due today $0.00');
    const done = await browser.submit(page, 'Start trial', cardFields(TEST_CARDS.attachesButChargesFail));
    expect(done.status).toBe(303);
    const completed = await running().stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription.latest_invoice'] });
    expect(completed.payment_status).toBe('no_payment_required');
    const subscription = completed.subscription as Stripe.Subscription;
    const now = running().emulator.clock.now();
    expect(subscription).toMatchObject({
      status: 'trialing',
      trial_start: now,
      trial_end: now + 7 * 86_400,
      billing_cycle_anchor: now + 7 * 86_400,
    });
    expect(subscription.items.data[0]?.current_period_end).toBe(now + 7 * 86_400);
    expect(subscription.latest_invoice).toMatchObject({ status: 'paid', amount_due: 0, attempt_count: 0 });
  });

  it('marks malformed fields and keeps what may be shown again', async () => {
    const { browser, page } = await openCheckout();
    const bad = await browser.submit(page, 'Subscribe', { number: '4242 4242 4242 4241', expiry: '13/40', cvc: '', name: '' });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('aria-invalid="true" aria-describedby="field-expiry-hint field-expiry-error"');
    const wrong = await browser.submit(bad, 'Subscribe', cardFields('4242 4242 4242 4241'));
    expect(wrong.html).toContain('<a href="#field-number">Card number: Your card number is incorrect.</a>');
  });

  it('shows expired sessions as closed with the way back, and unknown links as not valid', async () => {
    const { session, browser, page } = await openCheckout();
    await running().stripe.checkout.sessions.expire(session.id);
    const closed = await browser.open(page.url);
    expect(closed.status).toBe(410);
    expect(headingOf(closed.html)).toBe('This checkout has expired');
    expect(closed.html).toContain(`href="${CANCEL_URL}"`);
    const posted = await browser.submit(page, 'Subscribe', cardFields(TEST_CARDS.succeeds));
    expect(posted.status).toBe(410);
    expect(types()).toEqual(['checkout.session.expired']);
    const unknown = await browser.open(`${running().emulator.url}/c/pay/pay_made_up`);
    expect(unknown.status).toBe(404);
  });

  it('sends a second submit of a paid session to the same success URL, paying once', async () => {
    const { session, browser, page } = await openCheckout();
    await browser.submit(page, 'Subscribe', cardFields(TEST_CARDS.succeeds));
    const again = await browser.submit(page, 'Subscribe', cardFields(TEST_CARDS.succeeds));
    expect(again.leftTo).toBe(`http://localhost:5999/welcome?session_id=${session.id}`);
    expect(types().filter((type) => type === 'customer.subscription.created')).toHaveLength(1);
  });
});
