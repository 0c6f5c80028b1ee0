import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seed/demo';
import { findForm, headingOf, textOf } from '../../testing/portal-browser';
import { usePortalHarness } from '../../testing/portal-harness';

// Ten days into Katherine's Pro period (January 1 to February 1, 2027): 21 of 31 days are left.
const harness = usePortalHarness({ clock: 'frozen', startTime: Date.UTC(2027, 0, 11) / 1000 });
const { customers, subscriptions, items, prices } = DEMO_IDS;
const AFTER = 'http://localhost:5999/billing/updated';

async function openPlanPage(after?: Stripe.BillingPortal.SessionCreateParams.FlowData.AfterCompletion) {
  return harness().open({
    customer: customers.multi,
    flow_data: {
      type: 'subscription_update',
      subscription_update: { subscription: subscriptions.multiTeam },
      ...(after ? { after_completion: after } : {}),
    },
  });
}

const amountDueBlock = (html: string) => /<section aria-labelledby="amount-due-heading"[\s\S]*?<\/section>/.exec(html)?.[0];
const teamItem = async () => (await harness().stripe.subscriptions.retrieve(subscriptions.multiTeam)).items.data[0];

describe('subscription_update: the confirmation step after choosing a plan', () => {
  it('shows the change with the emulated amount due, changes nothing until "Confirm", then honours a redirect', async () => {
    const { browser, page } = await openPlanPage({ type: 'redirect', redirect: { return_url: AFTER } });
    const confirm = await browser.submit(page, 'Continue', { quantity: '8' });
    expect(headingOf(confirm.html)).toBe('Confirm subscription update');
    const text = textOf(confirm.html);
    expect(text).toContain('Current plan Pro - $29.00 per month × 5 New plan Pro - $29.00 per month × 8');
    expect(text).toContain('Amount due today (emulated)');
    expect(text).toContain('Proration $58.93, added to your next invoice');
    expect(text).toContain('Amount due today $0.00 Next invoice February 1, 2027');
    expect(await teamItem()).toMatchObject({ price: { id: prices.proMonthly }, quantity: 5 });

    const done = await browser.submit(confirm, 'Confirm');
    expect(done.leftTo).toBe(AFTER);
    expect(await teamItem()).toMatchObject({ price: { id: prices.proMonthly }, quantity: 8 });
    expect(harness().emulator.store.events.list()[0]?.type).toBe('customer.subscription.updated');
  });

  it('shows the very block the subscription_update_confirm deep link shows for the same change', async () => {
    const { browser, page } = await openPlanPage();
    const chosen = await browser.submit(page, 'Continue', { price: prices.proYearly });
    const { page: deepLinked } = await harness().open({
      customer: customers.multi,
      flow_data: {
        type: 'subscription_update_confirm',
        subscription_update_confirm: {
          subscription: subscriptions.multiTeam,
          items: [{ id: items.multiTeam, price: prices.proYearly }],
        },
      },
    });
    expect(textOf(amountDueBlock(chosen.html) ?? '')).toContain('Amount due today $1,351.77');
    expect(amountDueBlock(chosen.html)).toBe(amountDueBlock(deepLinked.html));
  });

  it('goes back to the plan page with the choice kept, and confirms the choice made there', async () => {
    const { browser, page } = await openPlanPage();
    const first = await browser.submit(page, 'Continue', { price: prices.proYearly, quantity: '7' });
    const back = await browser.follow(first, 'Change plan');
    expect(headingOf(back.html)).toBe('Update subscription');
    expect(findForm(back.html, 'Continue').fields).toEqual({ price: prices.proYearly, quantity: '7' });
    const second = await browser.submit(back, 'Continue', { quantity: '6' });
    expect(textOf(second.html)).toContain('New plan Pro - $290.00 per year × 6');
    const home = await browser.submit(second, 'Confirm');
    expect(headingOf(home.html)).toBe('Billing overview');
    expect(textOf(home.html)).toContain('Your subscription has been updated.');
    expect(await teamItem()).toMatchObject({ price: { id: prices.proYearly }, quantity: 6 });
  });

  it('holds an edited address or hidden field to the plan page rules, with the error summary', async () => {
    const { browser, page } = await openPlanPage();
    const confirm = await browser.submit(page, 'Continue', { price: prices.proYearly });
    const edited = await browser.open(confirm.url.replace(/price=[^&]+/, 'price=price_not_offered'));
    expect(edited.status).toBe(422);
    expect(headingOf(edited.html)).toBe('Update subscription');
    expect(edited.html).toMatch(/<div class="error error-summary" role="alert" id="form-error" tabindex="-1" autofocus>/);
    expect(textOf(edited.html)).toContain('Plan: Choose one of the listed plans.');
    const tooMany = await browser.submit(confirm, 'Confirm', { quantity: '51' });
    expect(tooMany.status).toBe(422);
    expect(textOf(tooMany.html)).toContain('Quantity: Choose a quantity from 1 to 50.');
    expect(await teamItem()).toMatchObject({ price: { id: prices.proMonthly }, quantity: 5 });
  });

  it('sends a choice the configuration no longer offers back to the plan page on "Confirm"', async () => {
    const { browser, page } = await openPlanPage();
    const confirm = await browser.submit(page, 'Continue', { price: prices.proYearly });
    await harness().stripe.billingPortal.configurations.update(DEMO_IDS.configuration, {
      features: { subscription_update: { products: [{ product: DEMO_IDS.products.pro, prices: [prices.proMonthly] }] } },
    });
    const refused = await browser.submit(confirm, 'Confirm');
    expect(refused.status).toBe(422);
    expect(headingOf(refused.html)).toBe('Update subscription');
    expect(textOf(refused.html)).toContain('Plan: Choose one of the listed plans.');
    expect(await teamItem()).toMatchObject({ price: { id: prices.proMonthly } });
  });

  it("leads the homepage's Update subscription through the same two steps, back to the homepage", async () => {
    const { browser, page: home } = await harness().open({ customer: customers.multi });
    const path = `/subscriptions/${subscriptions.multiTeam}/update`;
    const plans = await browser.open(home.url.replace(/\/home$/, path));
    expect(home.html).toContain(`${path}" aria-describedby`);
    const confirm = await browser.submit(plans, 'Continue', { quantity: '8' });
    expect(textOf(confirm.html)).toContain('Proration $58.93, added to your next invoice');
    expect(textOf(confirm.html)).toContain('Back to billing overview');
    const after = await browser.submit(confirm, 'Confirm');
    expect(headingOf(after.html)).toBe('Billing overview');
    expect(textOf(after.html)).toContain('Your subscription has been updated.');
    expect(await teamItem()).toMatchObject({ quantity: 8 });
  });

  it('shows where things stand, and changes nothing again, when the finished confirmation is reopened', async () => {
    const { browser, page } = await openPlanPage({ type: 'redirect', redirect: { return_url: AFTER } });
    const confirm = await browser.submit(page, 'Continue', { quantity: '8' });
    await browser.submit(confirm, 'Confirm');
    const again = await browser.open(confirm.url);
    expect(headingOf(again.html)).toBe('This change is saved');
    const events = harness().emulator.store.events.list().length;
    const reposted = await browser.submit(confirm, 'Confirm', { quantity: '9' });
    expect(reposted.status).toBe(409);
    expect(harness().emulator.store.events.list()).toHaveLength(events);
    expect(await teamItem()).toMatchObject({ quantity: 8 });
  });
});
