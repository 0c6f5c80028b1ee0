import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seed/demo';
import { headingOf, textOf } from '../../testing/portal-browser';
import { APP_RETURN_URL, usePortalHarness } from '../../testing/portal-harness';

const harness = usePortalHarness({ businessName: 'Acme Widgets' });

const openHome = (customer: string, extra: Record<string, unknown> = {}) => harness().open({ customer, ...extra });

describe('portal homepage', () => {
  it('shows every current subscription, the payment method, billing details and the return link', async () => {
    const { page } = await openHome(DEMO_IDS.customers.multi);
    expect(headingOf(page.html)).toBe('Billing overview');
    const text = textOf(page.html);
    expect(text).toContain('Acme Widgets');
    expect(text).toContain('Customer: Katherine Johnson');
    expect(text).toContain('Pro Price $29.00 per month × 5 Status Active Renews on');
    expect(text).toContain('Starter Price $90.00 per year');
    expect(text).toContain('Visa ending in 1881');
    expect(text).toContain('Email katherine@example.com');
    expect(page.html).toContain(`<a href="${APP_RETURN_URL}">Return to Acme Widgets</a>`);
    for (const name of [
      'Update payment method',
      'Update billing details',
      'Update subscription',
      'Pause subscription',
      'Cancel subscription',
    ]) {
      expect(page.html).toContain(`>${name}</a>`);
    }
  });

  it('offers only what the configuration enables, and refuses the rest by URL too', async () => {
    const configuration = await harness().stripe.billingPortal.configurations.create({
      features: { payment_method_update: { enabled: true }, subscription_cancel: { enabled: false } },
      default_return_url: 'http://localhost:5999/from-configuration',
    });
    const session = await harness().stripe.billingPortal.sessions.create({
      customer: DEMO_IDS.customers.active,
      configuration: configuration.id,
    });
    const browser = harness().browser();
    const page = await browser.open(session.url);
    expect(page.html).toContain('>Update payment method</a>');
    for (const hidden of ['Cancel subscription', 'Update subscription', 'Pause subscription', 'Update billing details']) {
      expect(page.html).not.toContain(hidden);
    }
    expect(page.html).toContain('href="http://localhost:5999/from-configuration"');
    const cancel = await browser.open(page.url.replace(/home$/, `subscriptions/${DEMO_IDS.subscriptions.active}/cancel`));
    expect(cancel.status).toBe(403);
    expect(headingOf(cancel.html)).toBe('Not available');
    const sub = await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active);
    expect(sub.cancel_at_period_end).toBe(false);
  });

  it("renders a customer's markup as inert text", async () => {
    const customer = await harness().stripe.customers.create({
      name: '<script>alert("pwned")</script><img src=x onerror=alert(1)>',
      email: 'mallory@example.com',
    });
    const { page } = await openHome(customer.id);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('<script>alert');
    expect(page.html).not.toContain('<img src=x');
    expect(page.html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(textOf(page.html)).toContain('Customer: <script>alert("pwned")</script>');
    expect(textOf(page.html)).toContain('You have no current subscriptions.');
  });

  it("does not show or open another customer's subscription", async () => {
    const { browser, page } = await openHome(DEMO_IDS.customers.active);
    expect(page.html).not.toContain(DEMO_IDS.subscriptions.pastDue);
    const foreign = await browser.open(page.url.replace(/home$/, `subscriptions/${DEMO_IDS.subscriptions.pastDue}/cancel`));
    expect(foreign.status).toBe(404);
    const posted = await fetch(foreign.url, { method: 'POST' });
    expect(posted.status).toBe(410);
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.pastDue)).cancel_at_period_end).toBe(false);
  });

  it('cancels, renews, pauses and resumes from the homepage, returning to it each time', async () => {
    const { browser, page } = await openHome(DEMO_IDS.customers.active);
    const cancelPage = await browser.open(page.url.replace(/home$/, `subscriptions/${DEMO_IDS.subscriptions.active}/cancel`));
    const afterCancel = await browser.submit(cancelPage, 'Cancel subscription');
    expect(headingOf(afterCancel.html)).toBe('Billing overview');
    expect(textOf(afterCancel.html)).toMatch(/Your subscription will be canceled on \w+ \d+, \d{4}\./);
    expect(textOf(afterCancel.html)).toContain('Cancels on');
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active)).cancel_at_period_end).toBe(true);

    const afterRenew = await browser.submit(afterCancel, 'Renew subscription');
    expect(textOf(afterRenew.html)).toContain('Your subscription will renew.');
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active)).cancel_at_period_end).toBe(false);

    const pausePage = await browser.open(page.url.replace(/home$/, `subscriptions/${DEMO_IDS.subscriptions.active}/pause`));
    const afterPause = await browser.submit(pausePage, 'Pause subscription');
    expect(textOf(afterPause.html)).toContain('Payments Paused until');
    const afterResume = await browser.submit(afterPause, 'Resume subscription');
    expect(textOf(afterResume.html)).toContain('Your subscription has been resumed.');
    expect((await harness().stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active)).pause_collection).toBeNull();
  });

  it('lists the invoice history with date, amount and status, newest first', async () => {
    const { page } = await openHome(DEMO_IDS.customers.pastDue);
    const text = textOf(page.html);
    expect(text).toContain('Invoice history');
    expect(text).not.toContain('keeps no invoices');
    expect(page.html).toMatch(
      new RegExp(
        `data-testid="invoice-${DEMO_IDS.invoices.pastDueOpen}"><td>[A-Z][a-z]+ \\d{1,2}, \\d{4}</td><td>\\$29\\.00</td><td>Open</td>`,
      ),
    );
    harness().emulator.actions.updatePaymentMethod(DEMO_IDS.customers.pastDue, {
      number: '4242424242424242',
      exp_month: 12,
      exp_year: 2099,
      cvc: '123',
    });
    const after = await openHome(DEMO_IDS.customers.pastDue);
    expect(after.page.html).toMatch(new RegExp(`data-testid="invoice-${DEMO_IDS.invoices.pastDueOpen}">.*<td>Paid</td>`));
    const none = await openHome(DEMO_IDS.customers.none);
    expect(textOf(none.page.html)).toContain('No invoices yet.');
  });

  it('shows the discounts in effect, such as an accepted retention offer, until they end', async () => {
    const { browser, page } = await harness().open({
      customer: DEMO_IDS.customers.active,
      flow_data: {
        type: 'subscription_cancel',
        subscription_cancel: {
          subscription: DEMO_IDS.subscriptions.active,
          retention: { type: 'coupon_offer', coupon_offer: { coupon: DEMO_IDS.retentionCoupon } },
        },
        after_completion: { type: 'portal_homepage' },
      },
    });
    const before = await openHome(DEMO_IDS.customers.active);
    expect(before.page.html).not.toContain('Discount');
    const home = await browser.submit(page, 'Accept offer');
    expect(headingOf(home.html)).toBe('Billing overview');
    expect(textOf(home.html)).toMatch(/Status Active Discount 25% off for 3 months, until \w+ \d+, \d{4} Renews on/);
    harness().emulator.clock.advance(91 * 86_400);
    const later = await openHome(DEMO_IDS.customers.active);
    expect(later.page.html).not.toContain('data-testid="subscription-discount"');
  });
});
