import { DEMO_IDS } from '@portalkit/stripe-emulator';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExample, type RunningExample } from './next-app';

let example: RunningExample;
beforeAll(async () => {
  example = await startExample();
});
afterAll(() => example?.close());

async function signedInPage(customer: string, path: string): Promise<Page> {
  const context = await example.browser.newContext();
  await context.addCookies([{ name: 'customer', value: customer, url: example.appUrl }]);
  const page = await context.newPage();
  await page.goto(`${example.appUrl}${path}`);
  return page;
}

const state = (page: Page) => page.getByTestId('subscription-state').textContent();

/*
 * Each runtime gets its own demo customer, so the two can run in any order against one app: what the
 * app shows comes from the webhooks it received, per customer.
 */
describe.each([
  ['node', '/account', DEMO_IDS.customers.active, DEMO_IDS.subscriptions.active],
  ['edge', '/account?runtime=edge', DEMO_IDS.customers.pastDue, DEMO_IDS.subscriptions.pastDue],
])('the Next.js example on the %s runtime, built without secrets', (runtime, path, customer, subscription) => {
  it('opens the portal from the button, cancels there, and shows what the webhook said', async () => {
    const page = await signedInPage(customer, path);
    expect(await page.getByTestId('customer').textContent()).toBe(customer);
    expect(await state(page)).toBe('No webhook yet');

    const created = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/billing/portal'));
    await page.getByRole('button', { name: /^Cancel subscription/ }).click();
    expect(new URL((await created).url()).pathname).toBe(runtime === 'edge' ? '/api/edge/billing/portal' : '/api/billing/portal');
    await page.waitForURL((url) => url.href.startsWith(example.emulator.url));
    expect(await page.title()).toMatch(/^Cancel subscription/);
    const [session] = example.emulator.store.portalSessions
      .list()
      .map((record) => record.session)
      .filter((s) => s.customer === customer);
    expect(session).toMatchObject({ return_url: `${example.appUrl}/account`, flow: { type: 'subscription_cancel' } });

    await page.getByRole('button', { name: 'Cancel subscription' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${example.appUrl}/account`));
    await example.emulator.webhooks.waitForIdle();
    await expect
      .poll(async () => {
        await page.reload();
        return state(page);
      })
      .toBe('Cancels at period end');
    const delivered = example.emulator.webhooks.deliveries.filter(
      (d) => d.eventType === 'customer.subscription.updated' && d.state === 'succeeded',
    );
    expect(delivered.length).toBeGreaterThan(0);
    expect(example.emulator.store.subscriptions.get(subscription)?.cancel_at_period_end).toBe(true);
    await page.context().close();
  });
});
