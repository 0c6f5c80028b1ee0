/*
 * A failed renewal, end to end: the test clock moves past a period end, the card on file is declined,
 * and the account page shows the past-due banner; its one primary action opens the portal's card
 * update, and once the new card pays the open invoice the banner goes. Then the dunning email's
 * stable link: a fresh portal session per click, and nothing for a signed-out visitor or for
 * another site's page. Each test uses its own customer, so they pass in any order.
 */
import type { Page } from 'playwright';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_EXTRA_IDS } from '../server/demo-customers';
import { PAYMENT_METHOD_LINK_PATH } from '../server/page-data';
import {
  printedDate as printed,
  savePaymentMethod,
  signIn,
  subscriptionCard,
  textOf,
  waitForPortal,
  waitForReturn,
} from './support/demo-page';
import { screenshot, useE2eSession } from './support/e2e-session';
import { serveOtherSite } from './support/other-site';

const session = useE2eSession();
const WEBHOOK_WAIT = { timeout: 15_000 };
const portalSessionCount = () => session().emulator.store.portalSessions.list().length;

describe('a failed renewal', () => {
  it('shows the past-due banner after the clock passes the renewal, and its deep link recovers it with 4242', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Dorothy Vaughan');
    const card = subscriptionCard(page, DEMO_EXTRA_IDS.subscriptions.failingCard);
    expect(await textOf(card.getByTestId('subscription-status'))).toBe('Active');
    expect(await page.getByTestId('past-due-banner').count()).toBe(0);

    await page.getByRole('button', { name: 'Advance the clock to the next renewal' }).click();
    await page.waitForURL((url) => url.pathname === '/account' && url.searchParams.has('renewed'));
    const open = session()
      .emulator.store.invoices.list()
      .filter((invoice) => invoice.customer === DEMO_EXTRA_IDS.customers.failingCard && invoice.status === 'open');
    expect(open).toHaveLength(1);
    const banner = page.getByTestId('past-due-banner');
    expect(await textOf(banner.getByTestId('past-due-details'))).toMatch(
      new RegExp(`^We could not charge \\$9\\.00 for the renewal on ${printed(open[0]!.created)}\\.`),
    );
    expect(await textOf(card.getByTestId('subscription-status'))).toBe('Past due');
    expect(await banner.getByRole('button').count()).toBe(1);
    // One primary action on the whole page: the banner's card update (the card section's steps back).
    expect(await page.locator('main .button--primary').count()).toBe(1);
    await screenshot(page, '40-account-past-due');

    await banner.getByRole('button', { name: 'Update payment method' }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Update payment method/);
    await savePaymentMethod(page, { number: '4242 4242 4242 4242', expiry: '12 / 40', cvc: '123', name: 'Dorothy Vaughan' });

    await waitForReturn(page, session());
    await expect.poll(() => page.getByTestId('past-due-banner').count(), WEBHOOK_WAIT).toBe(0);
    expect(await textOf(card.getByTestId('subscription-status'))).toBe('Active');
    expect(session().emulator.store.invoices.get(open[0]!.id)?.status).toBe('paid');
    await screenshot(page, '41-account-recovered');
  });
});

describe('the stable link in the email', () => {
  /** Grace's account page, whose seeded renewal failed, and the link in the email it shows. */
  async function emailLink(page: Page): Promise<string> {
    await signIn(page, session(), 'Grace Hopper');
    const link = page.getByTestId('renewal-email').getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`${session().appUrl}${PAYMENT_METHOD_LINK_PATH}`);
    return href;
  }

  it('opens a fresh portal session on every click', async () => {
    const page = await session().newPage();
    const href = await emailLink(page);
    expect(await textOf(page.getByTestId('renewal-email'))).toContain('Your payment of $29.00 did not go through');
    await screenshot(page, '42-renewal-email');
    const before = portalSessionCount();

    await page.getByTestId('renewal-email').getByRole('link').click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Update payment method/);
    const first = page.url();
    // Pasted into the address bar, as from an email client: a new session, not the old URL again.
    await page.goto(href);
    await waitForPortal(page, session());
    expect(page.url() === first).toBe(false);
    expect(portalSessionCount()).toBe(before + 2);
  });

  it('opens nothing for a signed-out visitor or for another site’s page that fetches or frames it', async () => {
    const before = portalSessionCount();
    const signedOut = await session().newPage();
    await signedOut.goto(`${session().appUrl}${PAYMENT_METHOD_LINK_PATH}`);
    expect(new URL(signedOut.url()).pathname).toBe('/');
    expect(await signedOut.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in to the demo');

    const page = await session().newPage();
    const href = await emailLink(page);
    // The kit's link handler says why it refused each request (the browser may hide the answer from us).
    const warn = vi.spyOn(console, 'warn');
    const refusals = () =>
      warn.mock.calls
        .filter(([message]) => String(message).includes('Refused a portal link request'))
        .map(([, context]) => (context as { secFetchDest?: string }).secFetchDest)
        .sort();
    const otherSite = await serveOtherSite(
      `<img src="${href}" alt=""><iframe src="${href}" title="x"></iframe>
      <script>fetch(${JSON.stringify(href)}, { credentials: 'include', mode: 'no-cors' });</script>`,
    );
    try {
      await page.goto(otherSite.url);
      await expect.poll(refusals, WEBHOOK_WAIT).toEqual(['empty', 'iframe', 'image']);
    } finally {
      warn.mockRestore();
      await otherSite.close();
    }
    // The browser reports the refused loads on the console, as coming from the app's URL.
    expect(
      session()
        .takePageErrors()
        .every((line) => /Failed to load resource/.test(line)),
    ).toBe(true);
    expect(portalSessionCount()).toBe(before);
  });
});
