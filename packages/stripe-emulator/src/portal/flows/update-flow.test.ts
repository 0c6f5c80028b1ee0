import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seed/demo';
import { findForm, headingOf, textOf } from '../../testing/portal-browser';
import { usePortalHarness } from '../../testing/portal-harness';

const harness = usePortalHarness();

const { prices, subscriptions, customers, items } = DEMO_IDS;

const open = (customer: string, flow: Stripe.BillingPortal.SessionCreateParams.FlowData) =>
  harness().open({ customer, flow_data: flow });

describe('subscription_update flow (plan switch)', () => {
  it("offers the configuration's prices with the current one checked, and a bounded quantity for Pro", async () => {
    const { page } = await open(customers.multi, {
      type: 'subscription_update',
      subscription_update: { subscription: subscriptions.multiTeam },
    });
    expect(headingOf(page.html)).toBe('Update subscription');
    const text = textOf(page.html);
    expect(text).toContain('Choose a plan');
    expect(text).toContain('Pro - $29.00 per month (current plan)');
    for (const label of ['Pro - $290.00 per year', 'Starter - $9.00 per month', 'Starter - $90.00 per year'])
      expect(text).toContain(label);
    expect(findForm(page.html, 'Continue').fields).toEqual({ price: prices.proMonthly, quantity: '5' });
    expect(page.html).toContain('min="1" max="50"');
  });

  it('changes nothing on "Continue": it leads to the confirmation page with the choice', async () => {
    const { browser, page } = await open(customers.multi, {
      type: 'subscription_update',
      subscription_update: { subscription: subscriptions.multiTeam },
    });
    const events = harness().emulator.store.events.list().length;
    const confirm = await browser.submit(page, 'Continue', { price: prices.proYearly, quantity: '7' });
    expect(confirm.status).toBe(200);
    expect(headingOf(confirm.html)).toBe('Confirm subscription update');
    expect(new URL(confirm.url).pathname).toMatch(/\/subscriptions\/[^/]+\/update\/confirm$/);
    expect(textOf(confirm.html)).toContain('New plan Pro - $290.00 per year × 7');
    const subscription = await harness().stripe.subscriptions.retrieve(subscriptions.multiTeam);
    expect(subscription.items.data[0]).toMatchObject({ price: { id: prices.proMonthly }, quantity: 5 });
    expect(harness().emulator.store.events.list()).toHaveLength(events);
  });

  it('refuses a quantity out of bounds, a price outside the configuration, and a change to nothing', async () => {
    const { browser, page } = await open(customers.multi, {
      type: 'subscription_update',
      subscription_update: { subscription: subscriptions.multiTeam },
    });
    const tooMany = await browser.submit(page, 'Continue', { quantity: '51' });
    expect(tooMany.status).toBe(422);
    expect(textOf(tooMany.html)).toContain('Choose a quantity from 1 to 50.');
    const foreign = await browser.submit(page, 'Continue', { price: 'price_not_offered' });
    expect(textOf(foreign.html)).toContain('Choose one of the listed plans.');
    const same = await browser.submit(page, 'Continue');
    expect(textOf(same.html)).toContain('Choose a different plan or quantity.');
    const subscription = await harness().stripe.subscriptions.retrieve(subscriptions.multiTeam);
    expect(subscription.items.data[0]).toMatchObject({ price: { id: prices.proMonthly }, quantity: 5 });
  });

  it('has no quantity field for a product without adjustable quantity', async () => {
    const { page } = await open(customers.active, {
      type: 'subscription_update',
      subscription_update: { subscription: subscriptions.active },
    });
    expect(page.html).not.toContain('name="quantity"');
    expect(findForm(page.html, 'Continue').fields).toEqual({ price: prices.starterMonthly });
  });
});

describe('subscription_update_confirm flow', () => {
  it("shows the session's change, applies it on confirm and returns to the homepage", async () => {
    const { browser, page } = await open(customers.active, {
      type: 'subscription_update_confirm',
      subscription_update_confirm: {
        subscription: subscriptions.active,
        items: [{ id: items.active, price: prices.proMonthly, quantity: 2 }],
      },
      after_completion: { type: 'portal_homepage' },
    });
    expect(headingOf(page.html)).toBe('Confirm subscription update');
    expect(textOf(page.html)).toContain('Current plan Starter - $9.00 per month × 1 New plan Pro - $29.00 per month × 2');
    // The change comes from the session, not the form: extra fields change nothing.
    const home = await browser.submit(page, 'Confirm update', { price: prices.proYearly, quantity: '40' });
    expect(headingOf(home.html)).toBe('Billing overview');
    expect(textOf(home.html)).toContain('Your subscription has been updated.');
    const subscription = await harness().stripe.subscriptions.retrieve(subscriptions.active);
    expect(subscription.items.data[0]).toMatchObject({ price: { id: prices.proMonthly }, quantity: 2 });
  });

  it('is not reachable from a homepage session', async () => {
    const { browser, page: home } = await harness().open({ customer: customers.active });
    const page = await browser.open(home.url.replace(/home$/, `subscriptions/${subscriptions.active}/update-confirm`));
    expect(page.status).toBe(403);
  });
});
