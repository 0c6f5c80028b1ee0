import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../vitest.shared';
import { DEMO_IDS } from '../seed/demo';
import { startAppServer, type AppServer } from '../testing/app-server';
import { auditLoadedPage } from '../testing/page-audit';
import { startPortalHarness, type PortalHarness } from '../testing/portal-harness';

/*
 * The portal pages as a customer uses them in Chromium, with the pages' real headers (no script may
 * run): keyboard order on the cancel page, focus on the error summary after a failed post, the plan
 * switch's confirmation step, and the browser's back button after returning to the app. Screenshots go to test-results/pages/.
 */
let harness: PortalHarness;
let browser: Browser;
let app: AppServer;

beforeAll(async () => {
  harness = await startPortalHarness({ businessName: 'Acme Widgets' });
  app = await startAppServer(() => '<!doctype html><title>App</title><h1>Back in the app</h1>');
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await harness?.close();
});

async function visit(params: Parameters<PortalHarness['stripe']['billingPortal']['sessions']['create']>[0]) {
  harness.emulator.reset();
  const session = await harness.stripe.billingPortal.sessions.create({ return_url: `${app.origin}/account`, ...params });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(session.url);
  return { page, close: () => context.close() };
}

/** What has keyboard focus: its accessible role-ish tag and its name or label. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
    return `${element.tagName.toLowerCase()}: ${(label ?? element.textContent ?? '').trim()}`;
  });

describe('the portal pages in Chromium', () => {
  it('tabs through the cancel page in reading order: the way back, the reasons, the offer, then cancel', async () => {
    const { page, close } = await visit({
      customer: DEMO_IDS.customers.active,
      flow_data: {
        type: 'subscription_cancel',
        subscription_cancel: {
          subscription: DEMO_IDS.subscriptions.active,
          retention: { type: 'coupon_offer', coupon_offer: { coupon: DEMO_IDS.retentionCoupon } },
        },
      },
    });
    const stops: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops).toEqual([
      'a: Return to Acme Widgets',
      "input: It's too expensive",
      'textarea: Anything else you would like to tell us? (optional)',
      'button: Accept offer',
      'button: Cancel subscription',
    ]);
    // Enter on a reason submits the cancel form, never the offer.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Billing overview');
    const subscription = await harness.stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.active);
    expect(subscription).toMatchObject({ cancel_at_period_end: true, discounts: [] });
    expect(subscription.cancellation_details?.feedback).toBe('too_expensive');
    await close();
  }, 30_000);

  it('moves focus to the error summary after a failed post, and its link leads to the field', async () => {
    const { page, close } = await visit({ customer: DEMO_IDS.customers.active, flow_data: { type: 'customer_update' } });
    await page.getByLabel('Email').fill('');
    await page.getByLabel('Country or region').selectOption('');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('form-error');
    expect(await page.getByRole('alert').textContent()).toContain('Country or region: Choose a country or region.');
    for (const viewport of ['desktop', 'mobile'] as const) {
      const audit = await auditLoadedPage(page, 'customer details after a failed post (live)', viewport);
      expect(audit.violations).toEqual([]);
      expect(audit.fitsWidth).toBe(true);
    }
    await page.getByRole('link', { name: 'Country or region: Choose a country or region.' }).click();
    await expect.poll(() => focused(page)).toBe('select: Country or region');
    await page.getByLabel('Country or region').selectOption('FR');
    await page.getByLabel('Email').fill('ada@example.fr');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Billing overview');
    const customer = await harness.stripe.customers.retrieve(DEMO_IDS.customers.active);
    expect(!customer.deleted && customer.address?.country).toBe('FR');
    await close();
  }, 30_000);

  it('confirms a chosen plan on a page of its own: amount due, Confirm first, a way back that keeps the choice', async () => {
    const updated = `${app.origin}/billing/updated`;
    const { page, close } = await visit({
      customer: DEMO_IDS.customers.multi,
      flow_data: {
        type: 'subscription_update',
        subscription_update: { subscription: DEMO_IDS.subscriptions.multiTeam },
        after_completion: { type: 'redirect', redirect: { return_url: updated } },
      },
    });
    // A choice that changes nothing is a failed post: the error summary takes focus.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('form-error');
    await page.getByRole('radio', { name: /^Pro - \$290\.00 per year/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Confirm subscription update');
    expect(await page.getByTestId('amount-due').textContent()).toContain('Amount due today (emulated)');
    for (const viewport of ['desktop', 'mobile'] as const) {
      expect((await auditLoadedPage(page, 'plan switch confirmation (live)', viewport)).violations).toEqual([]);
    }
    const stops: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops).toEqual(['a: Return to Acme Widgets', 'button: Confirm', 'a: Change plan']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Update subscription');
    expect(await page.getByRole('radio', { name: /^Pro - \$290\.00 per year/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(updated);
    const subscription = await harness.stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.multiTeam);
    expect(subscription.items.data[0]?.price.id).toBe(DEMO_IDS.prices.proYearly);
    await close();
  }, 30_000);

  it('shows where things stand, not a dead end, when the back button returns from the app', async () => {
    const done = `${app.origin}/billing/done`;
    const { page, close } = await visit({
      customer: DEMO_IDS.customers.active,
      flow_data: {
        type: 'subscription_cancel',
        subscription_cancel: { subscription: DEMO_IDS.subscriptions.active },
        after_completion: { type: 'redirect', redirect: { return_url: done } },
      },
    });
    await page.getByRole('button', { name: 'Cancel subscription' }).click();
    await page.waitForURL(done);
    await page.goBack();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This change is saved');
    expect(await page.getByRole('status').textContent()).toMatch(/^Your subscription will be canceled on \w+ \d+, \d{4}\.$/);
    expect(await page.getByRole('main').textContent()).toContain('Cancels on');
    expect(await page.getByRole('button', { name: 'Cancel subscription' }).count()).toBe(0);
    for (const viewport of ['desktop', 'mobile'] as const) {
      expect((await auditLoadedPage(page, 'back from the app (live)', viewport)).violations).toEqual([]);
    }
    await page.getByRole('link', { name: 'Continue to Acme Widgets' }).click();
    await page.waitForURL(done);
    await close();
  }, 30_000);
});
