/*
 * The steps the screen states are made of: through a portal flow and back, through Checkout, with
 * the webhooks (and the page's own polling) held so a waiting state stays on screen while it is
 * captured.
 */
import { expect, vi } from 'vitest';
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

/**
 * What the return notice shows, as rendered text: with JavaScript on, a `<noscript>`'s markup is
 * text in the DOM but not on screen; with it off, the `<noscript>` link is shown and read.
 */
export async function noticeOf(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown is the point, without a <noscript>'s source.
  return (await page.getByRole('status').and(page.getByTestId('return-notice')).innerText()).replace(/\s+/g, ' ').trim();
}

/** Signs in as `name`, opens the portal with `open`, does `task` there and comes back to the account page. */
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
  // On return the demo asks Stripe at once: here Stripe does not answer (the edge nothing real can
  // fail on cue), so the page has only the webhooks to wait for.
  const stripeRead = vi.spyOn(session.demo.demo.projection, 'reconcile').mockRejectedValue(new Error('Stripe is not answering'));
  // The page polls; held, it keeps waiting.
  const polling = await holdRequests(page, (url) => url.pathname === '/api/billing/state');
  return async () => {
    stripeRead.mockRestore();
    await polling.release();
    await gate.release();
  };
}

/**
 * Runs `steps` while something is held (webhooks, polling, reloads) and returns `release`, for the
 * state to hand back and run once captured. If a step fails, releases first: a state that failed
 * must not leave the next states waiting for webhooks that never come.
 */
export async function whileHeld(release: () => Promise<void>, steps: () => Promise<void>): Promise<() => Promise<void>> {
  try {
    await steps();
  } catch (error) {
    await release();
    throw error;
  }
  return release;
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
