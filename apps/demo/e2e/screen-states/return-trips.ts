/*
 * The return trip's in-between states: the notice while Stripe has not confirmed yet (with
 * JavaScript and without), after a trip that changed nothing, and back from the portal after the
 * session ended meanwhile. Each holds what it needs (webhooks, polling, the page's own reload) so the
 * state stays on screen while it is captured, and releases it afterwards.
 */
import { expect } from 'vitest';
import { signIn, waitForPortal, waitForReturn } from '../support/demo-page';
import { holdConfirmation, noticeOf, settled, throughPortal, whileHeld } from '../support/screen-flows';
import type { ScreenState } from '../support/screen-state';

export const RETURN_TRIP_STATES: ScreenState[] = [
  {
    name: 'return-waiting',
    async reach(page, e2e) {
      await signIn(page, e2e, 'Katherine Johnson');
      await settled(page);
      return whileHeld(await holdConfirmation(page, e2e), async () => {
        await page.getByRole('button', { name: 'Update billing details' }).click();
        await waitForPortal(page, e2e);
        await page.getByLabel('Name', { exact: true }).fill('Katherine G. Johnson');
        await page.getByRole('button', { name: 'Save details' }).click();
        await waitForReturn(page, e2e);
        expect(await noticeOf(page)).toBe('Checking with Stripe for your changes…');
      });
    },
  },
  {
    name: 'return-javascript-off-checking',
    javaScriptOff: true,
    async reach(page, e2e) {
      return whileHeld(await holdConfirmation(page, e2e), async () => {
        await throughPortal(
          page,
          e2e,
          'Dorothy Vaughan',
          (p) => p.getByRole('button', { name: 'Update billing details' }).click(),
          async (p) => {
            await p.getByLabel('Email').fill('dorothy.vaughan@example.com');
            await p.getByRole('button', { name: 'Save details' }).click();
          },
        );
        // No timed reload (WCAG 2.2.1): the customer looks again with the link, when they choose.
        expect(await noticeOf(page)).toBe('Checking with Stripe for your changes… Refresh');
        expect(await page.getByRole('link', { name: 'Refresh' }).getAttribute('href')).toBe('/account');
        expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
      });
    },
  },
  {
    name: 'return-unchanged',
    // The return asks Stripe, which shows nothing new: no notice at all, at once.
    async reach(page, e2e) {
      await signIn(page, e2e, 'Alan Turing');
      // Every webhook already sent has arrived and the page shows it: leaving now changes nothing.
      await e2e.emulator.webhooks.waitForIdle();
      await page.reload();
      await settled(page);
      // The portal's homepage opens in a tab of its own; the customer looks and comes straight back there.
      const [portal] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('button', { name: /^Invoices and billing history/ }).click(),
      ]);
      await waitForPortal(portal, e2e);
      await portal.getByRole('link', { name: /^Return to / }).click();
      await waitForReturn(portal, e2e);
      await settled(portal);
      expect(await noticeOf(portal)).toBe('');
      await portal.close();
      // Back on the first tab, reloaded: still nothing to say.
      await page.reload();
      await settled(page);
      expect(await noticeOf(page)).toBe('');
    },
  },
  {
    name: 'return-signed-out',
    async reach(page, e2e) {
      await signIn(page, e2e, 'Grace Hopper');
      await settled(page);
      await page.getByRole('button', { name: 'Update billing details' }).click();
      await waitForPortal(page, e2e);
      // Signed out in another tab while on Stripe's page.
      const other = await page.context().newPage();
      await other.goto(`${e2e.appUrl}/account`);
      await other.getByRole('button', { name: 'Sign out' }).click();
      await other.waitForURL((url) => url.pathname === '/');
      await other.close();
      await page.getByLabel('Name', { exact: true }).fill('Grace B. Hopper');
      await page.getByRole('button', { name: 'Save details' }).click();
      await page.waitForURL((url) => url.origin === e2e.appUrl && url.pathname === '/' && url.search === '');
      expect(await noticeOf(page)).toBe('Your changes in the billing portal are saved with Stripe. Sign in to see them.');
      await settled(page);
    },
  },
];
