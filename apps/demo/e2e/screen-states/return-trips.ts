/*
 * The return trip's in-between states: the notice while Stripe has not confirmed yet (with
 * JavaScript and without), after a trip that changed nothing, and back from the portal after the
 * session ended meanwhile. Each holds what it needs (webhooks, polling, the page's own reload) so the
 * state stays on screen while it is captured, and releases it afterwards.
 */
import { expect } from 'vitest';
import { signIn, waitForPortal, waitForReturn } from '../support/demo-page';
import {
  holdConfirmation,
  holdReloads,
  noticeOf,
  type ReloadHold,
  settled,
  throughPortal,
  whileHeld,
} from '../support/screen-flows';
import type { ScreenState } from '../support/screen-state';
import { holdWebhooks } from '../support/webhook-gate';

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
    // axe's meta-refresh rule (WCAG 2.2.1, failure F41): the notice's 2 s `<meta http-equiv="refresh">`
    // is a timed reload the customer cannot turn off. The fix is the notice's own markup
    // (src/components/return-notice.tsx), which this table does not change.
    awaits: { change: 'a checking notice without a timed <meta> refresh', check: 'axe', failsWith: /meta-refresh/ },
    async reach(page, e2e) {
      const gate = await holdWebhooks(e2e);
      let reloads: ReloadHold | undefined;
      const release = async () => {
        await reloads?.release();
        await gate.release();
      };
      return whileHeld(release, async () => {
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
        // Without JavaScript the page reloads itself every few seconds while it checks. Each reload is
        // answered 204 No Content, which leaves the page as it is, so the page captured is the one the
        // customer reads and not one torn down halfway; the reload itself is seen to happen.
        reloads = await holdReloads(page);
        await reloads.waitFor(1);
        await page.waitForLoadState('load');
        expect(await noticeOf(page)).toBe('Checking with Stripe for your changes… Refresh');
        expect(await page.getByRole('link', { name: 'Refresh' }).getAttribute('href')).toBe('/account');
      });
    },
  },
  {
    name: 'return-unchanged',
    // Main is about to re-read Stripe on every return, so a trip that changed nothing says nothing
    // at once. Until then this page says "Checking with Stripe…" for its 30 s wait, and the state
    // fails with that, as asserted (see `awaits` in screen-state.ts): when it turns red, remove `awaits`.
    awaits: {
      change: 'no notice at once after a trip that changed nothing (the server re-reading Stripe on return)',
      failsWith: /expected 'Checking with Stripe for your changes…' to be ''/,
    },
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
