/*
 * The return trip as the customer sees it: back from the portal, the account page says what changed
 * (from Stripe's API, read on return, and the webhooks; never from what the redirect claims), says it
 * once, says nothing after a trip that changed nothing, needs no JavaScript for either, and still says
 * it after signing in again when the session ended while the customer was on Stripe's page.
 */
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { savePaymentMethod, signIn, textOf, waitForPortal, waitForReturn } from './support/demo-page';
import { screenshot, useE2eSession } from './support/e2e-session';
import { holdWebhooks } from './support/webhook-gate';

const session = useE2eSession();
const MASTERCARD = { number: '5555 5555 5555 4444', expiry: '12 / 34', cvc: '123', name: 'Ada Lovelace' };

/** What the notice shows (its rendered text: a `<noscript>`'s markup is not shown with JavaScript on). */
async function noticeOf(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown is the point, without a <noscript>'s source.
  return (await page.getByRole('status').and(page.getByTestId('return-notice')).innerText()).replace(/\s+/g, ' ').trim();
}

describe('the return notice', () => {
  it('says which card is now the payment method, at once even with the webhook late, and nothing on reload', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    const gate = await holdWebhooks(session());
    try {
      await page.getByRole('button', { name: 'Update payment method', exact: true }).click();
      await waitForPortal(page, session());
      await savePaymentMethod(page, MASTERCARD);
      await waitForReturn(page, session());
      // No webhook has reached the demo: the return asked Stripe, so the page knows already.
      expect(gate.held()).toBeGreaterThan(0);
      expect(await noticeOf(page)).toBe('Mastercard ending in 4444 is now your payment method.');
      await screenshot(page, '40-return-notice-card');
    } finally {
      await gate.release();
    }
    await page.reload();
    expect(await textOf(page.getByTestId('payment-method'))).toMatch(/^Mastercard ending in 4444/);
    expect(await noticeOf(page)).toBe('');
  });

  it('says nothing after a round trip that changed nothing, at once', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Katherine Johnson');
    // The homepage opens in a new tab; its "Return to" link comes back to the account page there.
    const [portal] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: /^Invoices and billing history/ }).click(),
    ]);
    await waitForPortal(portal, session());
    await portal.getByRole('link', { name: /^Return to / }).click();
    await waitForReturn(portal, session());
    expect(await noticeOf(portal)).toBe('');
    await portal.reload();
    expect(await noticeOf(portal)).toBe('');
  });

  it('without JavaScript: says what changed on the first page, even with the webhook late, then nothing', async () => {
    const page = await session().newPage({ javaScriptEnabled: false });
    await signIn(page, session(), 'Alan Turing');
    const gate = await holdWebhooks(session());
    try {
      await page.getByRole('button', { name: 'Add payment method' }).click();
      await waitForPortal(page, session());
      await savePaymentMethod(page, { number: '4242 4242 4242 4242', expiry: '01 / 33', cvc: '314', name: 'Alan Turing' });
      await waitForReturn(page, session());
      expect(await noticeOf(page)).toBe('Visa ending in 4242 is now your payment method.');
      await screenshot(page, '41-return-notice-no-javascript');
    } finally {
      await gate.release();
    }
    await page.reload();
    expect(await noticeOf(page)).toBe('');
  });

  it('signed out while on the portal: says the change is saved, and shows it after signing in', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Katherine Johnson');
    await page.getByRole('button', { name: 'Update billing details' }).click();
    await waitForPortal(page, session());
    // Signed out in another tab meanwhile.
    const other = await page.context().newPage();
    await other.goto(`${session().appUrl}/account`);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.waitForURL((url) => url.pathname === '/');
    await other.close();

    await page.getByLabel('Name', { exact: true }).fill('Katherine G. Johnson');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.waitForURL((url) => url.origin === session().appUrl && url.pathname === '/' && url.search === '');
    expect(await noticeOf(page)).toBe('Your changes in the billing portal are saved with Stripe. Sign in to see them.');
    expect(await page.getByRole('button', { name: /^Katherine Johnson/ }).count()).toBe(1);
    await screenshot(page, '42-return-notice-signed-out');

    await page.getByRole('button', { name: /^Katherine Johnson/ }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await expect.poll(() => noticeOf(page), { timeout: 10_000 }).toBe('Your billing name is now Katherine G. Johnson.');
    await page.reload();
    expect(await noticeOf(page)).toBe('');
  });
});
