/*
 * The return trip as the customer sees it: back from the portal, the account page says what the
 * webhooks changed (never what the redirect claims), says it once, says nothing after a trip that
 * changed nothing, never stays on "Checking…" without JavaScript, and still says it after signing in
 * again when the session ended while the customer was on Stripe's page.
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
  it('says which card is now the payment method, once the webhook has landed, and nothing on reload', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    const gate = await holdWebhooks(session());
    try {
      await page.getByRole('button', { name: 'Update payment method', exact: true }).click();
      await waitForPortal(page, session());
      await savePaymentMethod(page, MASTERCARD);
      await waitForReturn(page, session());
      expect(await noticeOf(page)).toBe('Checking with Stripe for your changes…');
    } finally {
      await gate.release();
    }
    await expect.poll(() => noticeOf(page), { timeout: 10_000 }).toBe('Mastercard ending in 4444 is now your payment method.');
    await screenshot(page, '40-return-notice-card');

    await page.reload();
    expect(await textOf(page.getByTestId('payment-method'))).toMatch(/^Mastercard ending in 4444/);
    expect(await noticeOf(page)).toBe('');
  });

  it('says nothing after a round trip that changed nothing, once the wait for a webhook is over', async () => {
    const page = await session().newPage();
    await page.clock.install();
    await signIn(page, session(), 'Katherine Johnson');
    await page.getByRole('button', { name: 'Open billing portal', exact: true }).click();
    await waitForPortal(page, session());
    await page.getByRole('link', { name: /^Return to / }).click();
    await waitForReturn(page, session());

    const forgotten = page.waitForRequest((request) => request.method() === 'DELETE');
    await page.clock.fastForward(31_000);
    await forgotten;
    await expect.poll(() => noticeOf(page)).toBe('');
    await page.reload();
    expect(await noticeOf(page)).toBe('');
  });

  it('without JavaScript: says it is checking, reloads itself, then says what changed', async () => {
    const page = await session().newPage({ javaScriptEnabled: false });
    await signIn(page, session(), 'Alan Turing');
    const gate = await holdWebhooks(session());
    try {
      await page.getByRole('button', { name: 'Update payment method (form)' }).click();
      await waitForPortal(page, session());
      await savePaymentMethod(page, { number: '4242 4242 4242 4242', expiry: '01 / 33', cvc: '314', name: 'Alan Turing' });
      await waitForReturn(page, session());
      expect(await noticeOf(page)).toBe('Checking with Stripe for your changes… Refresh');
      expect(await page.getByRole('link', { name: 'Refresh' }).getAttribute('href')).toBe('/account');
      await screenshot(page, '41-return-notice-checking-no-javascript');
    } finally {
      await gate.release();
    }
    // No click: the page reloads itself while it checks (a read during a reload finds nothing yet).
    await expect
      .poll(() => noticeOf(page).catch(() => ''), { timeout: 15_000 })
      .toBe('Visa ending in 4242 is now your payment method.');
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
