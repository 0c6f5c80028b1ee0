import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../vitest.shared';
import { DEMO_IDS } from '../seed/demo';
import { startAppServer, type AppServer } from '../testing/app-server';
import { startPortalHarness, type PortalHarness } from '../testing/portal-harness';

/*
 * The visit cookie in a real browser: the customer arrives by a cross-site navigation from the app
 * (the app on `localhost`, the emulator on `127.0.0.1`: different sites), the session URL redirects
 * to its first page, the form posts, and after_completion sends the browser back to the app.
 */
let harness: PortalHarness;
let browser: Browser;
let app: AppServer;
let appOrigin: string;
let sessionUrl = '';

beforeAll(async () => {
  harness = await startPortalHarness();
  app = await startAppServer((path) =>
    path === '/account' ? `<a href="${sessionUrl}">Manage billing</a>` : '<h1>Back in the app</h1>',
  );
  appOrigin = app.origin;
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await harness?.close();
});

describe('a portal visit in Chromium', () => {
  it('arrives cross-site, posts the form, returns to the app without a Referer, and cannot reopen the URL', async () => {
    const session = await harness.stripe.billingPortal.sessions.create({
      customer: DEMO_IDS.customers.pastDue,
      return_url: `${appOrigin}/account`,
      flow_data: {
        type: 'payment_method_update',
        after_completion: { type: 'redirect', redirect: { return_url: `${appOrigin}/billing/done` } },
      },
    });
    sessionUrl = session.url;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${appOrigin}/account`);
    await page.getByRole('link', { name: 'Manage billing' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Update payment method');

    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry date').fill('12 / 40');
    await page.getByLabel('CVC').fill('123');
    await page.getByLabel('Name on card').fill('Grace Hopper');
    await page.getByRole('button', { name: 'Save payment method' }).click();
    await page.waitForURL(`${appOrigin}/billing/done`);
    expect((await harness.stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.pastDue)).status).toBe('active');
    const back = app.requests.find((r) => r.path === '/billing/done');
    expect(back?.referer).toBeUndefined();

    await page.goto(session.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This portal session has expired');
    await context.close();
  }, 30_000);
});
