import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seed/demo';
import { findForm, headingOf, textOf } from '../../testing/portal-browser';
import { usePortalHarness } from '../../testing/portal-harness';

const harness = usePortalHarness();

const AFTER = 'http://localhost:5999/billing/done?flow=payment';
const card = (number: string) => ({ number, expiry: '12 / 40', cvc: '123', name: 'Grace Hopper' });

function openFlow(customer: string) {
  return harness().open({
    customer,
    flow_data: { type: 'payment_method_update', after_completion: { type: 'redirect', redirect: { return_url: AFTER } } },
  });
}

describe('payment_method_update flow', () => {
  it('renders a labelled card form and nothing else of the portal', async () => {
    const { browser, page } = await openFlow(DEMO_IDS.customers.pastDue);
    expect(headingOf(page.html)).toBe('Update payment method');
    for (const [id, label] of [
      ['number', 'Card number'],
      ['expiry', 'Expiry date'],
      ['cvc', 'CVC'],
      ['name', 'Name on card'],
    ]) {
      expect(page.html).toContain(`<label for="field-${id}">${label}</label>`);
      expect(page.html).toContain(`id="field-${id}" name="${id}"`);
    }
    expect(Object.keys(findForm(page.html, 'Save payment method').fields).sort()).toEqual(['cvc', 'expiry', 'name', 'number']);
    expect(page.html).not.toContain('Back to billing overview');
    const home = await browser.open(page.url.replace(/payment-method$/, 'home'));
    expect(home.status).toBe(403);
  });

  it('shows a declined card inline, keeps the number out of the page, and changes nothing', async () => {
    const { browser, page } = await openFlow(DEMO_IDS.customers.pastDue);
    const events = harness().emulator.store.events.size;
    const declined = await browser.submit(page, 'Save payment method', card('4000 0000 0000 0002'));
    expect(declined.status).toBe(422);
    expect(declined.leftTo).toBeNull();
    expect(declined.html).toMatch(
      /<div class="error error-summary" role="alert" id="form-error" tabindex="-1" autofocus>\s*<h2>There is a problem<\/h2>\s*<p>Your card was declined\.<\/p>/,
    );
    expect(declined.html).not.toMatch(/value="4000[ 0]*0002"/);
    expect(findForm(declined.html, 'Save payment method').fields).toMatchObject({
      expiry: '12 / 40',
      name: 'Grace Hopper',
      number: '',
    });
    const customer = await harness().stripe.customers.retrieve(DEMO_IDS.customers.pastDue);
    expect(!customer.deleted && customer.invoice_settings.default_payment_method).toBe('pm_demo_grace_mastercard');
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.pastDue)).status).toBe('past_due');
    expect(harness().emulator.store.events.size).toBe(events);
  });

  it('marks the field of a malformed card and lets the customer try again', async () => {
    const { browser, page } = await openFlow(DEMO_IDS.customers.pastDue);
    const bad = await browser.submit(page, 'Save payment method', { ...card('4242 4242 4242 4241'), expiry: '13/40' });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('aria-invalid="true" aria-describedby="field-expiry-hint field-expiry-error"');
    const wrongNumber = await browser.submit(bad, 'Save payment method', card('4242 4242 4242 4241'));
    expect(textOf(wrongNumber.html)).toContain('Your card number is incorrect.');
    const saved = await browser.submit(wrongNumber, 'Save payment method', card('4242 4242 4242 4242'));
    expect(saved.leftTo).toBe(AFTER);
  });

  it('saves a test card, updates the customer and subscriptions, and redirects to after_completion', async () => {
    const { browser, page } = await openFlow(DEMO_IDS.customers.pastDue);
    const done = await browser.submit(page, 'Save payment method', card('4242 4242 4242 4242'));
    expect(done.status).toBe(303);
    expect(done.leftTo).toBe(AFTER);
    const customer = await harness().stripe.customers.retrieve(DEMO_IDS.customers.pastDue);
    if (customer.deleted) throw new Error('customer deleted');
    const paymentMethodId = customer.invoice_settings.default_payment_method as string;
    expect(paymentMethodId).not.toBe('pm_demo_grace_mastercard');
    const paymentMethod = await harness().stripe.paymentMethods.retrieve(paymentMethodId);
    expect(paymentMethod.card).toMatchObject({ brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2040 });
    expect(paymentMethod.billing_details.name).toBe('Grace Hopper');
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.pastDue)).status).toBe('active');
    expect(await harness().stripe.invoices.retrieve(DEMO_IDS.invoices.pastDueOpen)).toMatchObject({
      status: 'paid',
      amount_remaining: 0,
    });
    const types = harness()
      .emulator.store.events.list()
      .reverse()
      .map((event) => event.type);
    expect(types).toEqual([
      'billing_portal.session.created',
      'payment_method.attached',
      'customer.updated',
      'invoice.paid',
      'invoice.payment_succeeded',
      'customer.subscription.updated',
    ]);
    // The flow is done: back from the app, its page says where things stand and takes no second card.
    const again = await browser.open(page.url);
    expect(again.status).toBe(200);
    expect(headingOf(again.html)).toBe('This change is saved');
    expect(textOf(again.html)).toContain('Your payment method has been updated. Where things stand Visa ending in 4242');
    expect(again.html).toContain(`<a class="button" href="${AFTER}">Continue to Emulated business</a>`);
    expect(again.html).not.toContain('Save payment method');
    const saved = harness().emulator.store.paymentMethods.size;
    const posted = await browser.submit(page, 'Save payment method', card('4242 4242 4242 4242'));
    expect(posted.status).toBe(409);
    expect(harness().emulator.store.paymentMethods.size).toBe(saved);
  });
});
