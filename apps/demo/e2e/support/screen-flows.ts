/*
 * The steps the screen states are made of: through a portal flow and back, through Checkout, with
 * the webhooks (and the page's own polling) held so a waiting state stays on screen while it is
 * captured.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright';
import { TEST_CARDS, payWithCard, waitForCheckout } from './checkout-page';
import { signIn, textOf, waitForPortal, waitForReturn } from './demo-page';
import type { E2eSession } from './e2e-session';
import { holdRequests } from './request-hold';
import { holdWebhooks } from './webhook-gate';

/** Generous: the pages poll once a second, on a machine that may be busy. */
export const WEBHOOK_WAIT = { timeout: 15_000 };

/** Waits until the page has loaded and nothing is still being fetched, so what is captured is settled. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** Signs in as `name`, opens the portal with the button `button` (in `scope`), does `task` there and comes back. */
export async function throughPortal(
  page: Page,
  session: E2eSession,
  name: string,
  open: (page: Page) => Promise<void>,
  task: (page: Page) => Promise<void>,
): Promise<void> {
  await signIn(page, session, name);
  await settled(page);
  await open(page);
  await waitForPortal(page, session);
  await task(page);
  await waitForReturn(page, session);
}

/**
 * Holds the webhooks and the page's billing-state polling, so the page stays where it is when it
 * comes back (as on a slow network, when Stripe has not told the app yet). Returns the release.
 */
export async function holdConfirmation(page: Page, session: E2eSession): Promise<() => Promise<void>> {
  const gate = await holdWebhooks(session);
  // The page polls; after a while the server reads Stripe itself. Held, it keeps waiting.
  const polling = await holdRequests(page, (url) => url.pathname === '/api/billing/state');
  return async () => {
    await polling.release();
    await gate.release();
  };
}

/** Signs in as `name` (a customer with no subscription) and pays for Starter monthly on the hosted Checkout page. */
export async function subscribeThroughCheckout(page: Page, session: E2eSession, name: string): Promise<void> {
  await signIn(page, session, name);
  await page.getByRole('button', { name: 'Subscribe to Starter monthly', exact: true }).click();
  await waitForCheckout(page, session);
  await payWithCard(page, TEST_CARDS.succeeds, name);
  await page.waitForURL((url) => url.pathname === '/billing/success');
  expect(await textOf(page.getByTestId('purchase-plan'))).toBe('Starter · $9.00 / month');
}
