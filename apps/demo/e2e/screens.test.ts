/*
 * Every page and state of the demo, looked at the way issue #12 asks: a full-page screenshot at
 * desktop and mobile sizes (apps/demo/test-results/screens/, git-ignored), no axe violations, a
 * focus ring of at least 3:1 on every tab stop, and nothing wider than a phone's screen. One table
 * entry per state; each reaches its state on its own (its own customer or subscription), so they
 * pass in any order.
 */
import type { Page } from 'playwright';
import { expect, vi } from 'vitest';
import { DEMO_EXTRA_IDS } from '../server/demo-customers';
import { PORTAL_TASK_STATES } from './screen-states/portal-tasks';
import { RETURN_TRIP_STATES } from './screen-states/return-trips';
import { subscriptionsOf, waitForCheckout } from './support/checkout-page';
import { signIn, textOf } from './support/demo-page';
import { type E2eSession, useE2eSession } from './support/e2e-session';
import { holdConfirmation, noticeOf, settled, subscribeThroughCheckout, WEBHOOK_WAIT, whileHeld } from './support/screen-flows';
import { describeScreenStates } from './support/screen-run';
import type { ScreenState } from './support/screen-state';

const session = useE2eSession();

const CUSTOMERS = {
  'account-ada': 'Ada Lovelace',
  'account-grace': 'Grace Hopper',
  'account-katherine': 'Katherine Johnson',
  'account-alan': 'Alan Turing',
  'account-mary': 'Mary Jackson',
  'account-dorothy': 'Dorothy Vaughan',
};

/** Opens an unknown address and checks it is the site's own 404 page, with the way home. */
async function reachNotFound(page: Page, e2e: E2eSession, home: string): Promise<void> {
  const response = await page.goto(`${e2e.appUrl}/no/such-page`);
  expect(response?.status()).toBe(404);
  expect(await page.title()).toBe('Page not found · portalkit demo');
  expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Page not found');
  expect(await page.getByRole('link', { name: home }).count()).toBe(1);
  await settled(page);
  // Chromium reports a page's own 404 on the console; for the 404 page that one is expected.
  expect(e2e.takePageErrors()).toEqual([expect.stringContaining('404')]);
}

const STATES: ScreenState[] = [
  {
    name: 'sign-in',
    async reach(page, { appUrl }) {
      await page.goto(`${appUrl}/`);
      await settled(page);
      expect(await page.title()).toBe('Sign in · portalkit demo');
    },
  },
  {
    name: 'sign-in-unknown-user',
    async reach(page, { appUrl }) {
      // Where the sign-in form's post sends a user ID it does not know.
      await page.goto(`${appUrl}/?error=unknown-user`);
      await settled(page);
      expect(await textOf(page.getByTestId('error-summary'))).toContain(
        'That demo customer does not exist. Pick one from the list.',
      );
    },
  },
  ...Object.entries(CUSTOMERS).map(
    ([name, customer]) =>
      ({
        name,
        async reach(page, e2e) {
          await signIn(page, e2e, customer);
          await settled(page);
          expect(await page.title()).toBe('Your account · portalkit demo');
        },
      }) satisfies ScreenState,
  ),
  {
    name: 'account-javascript-off',
    javaScriptOff: true,
    async reach(page, e2e) {
      await signIn(page, e2e, 'Katherine Johnson');
    },
  },
  ...PORTAL_TASK_STATES,
  ...RETURN_TRIP_STATES,
  {
    name: 'checkout-success-waiting',
    async reach(page, e2e) {
      return whileHeld(await holdConfirmation(page, e2e), async () => {
        await subscribeThroughCheckout(page, e2e, 'Alan Turing');
        expect(await textOf(page.getByTestId('provisioning'))).toBe('Confirming your payment…');
      });
    },
  },
  {
    name: 'checkout-success-provisioned',
    async reach(page, e2e) {
      await subscribeThroughCheckout(page, e2e, 'Mary Jackson');
      await vi.waitFor(
        async () => expect(await textOf(page.getByTestId('provisioning'))).toBe('Your subscription is active.'),
        WEBHOOK_WAIT,
      );
      await settled(page);
    },
  },
  {
    name: 'checkout-canceled',
    async reach(page, e2e) {
      // Mary starts with no subscription; if the state above ran first, hers ends here, so the plans are offered again.
      for (const subscription of subscriptionsOf(e2e, DEMO_EXTRA_IDS.customers.newcomer)) {
        if (subscription.status !== 'canceled') e2e.emulator.actions.cancelSubscription(subscription.id, { mode: 'immediately' });
      }
      await e2e.emulator.webhooks.waitForIdle();
      await signIn(page, e2e, 'Mary Jackson');
      // Not Starter monthly, which the state above pays for: the demo would reopen that (paid) Checkout Session.
      await page.getByRole('button', { name: 'Subscribe to Starter yearly', exact: true }).click();
      await waitForCheckout(page, e2e);
      await page.getByRole('link', { name: /^Return to / }).click();
      await page.waitForURL((url) => url.pathname === '/account' && url.search === '');
      expect(await noticeOf(page)).toBe('Checkout was canceled. You were not charged.');
      await settled(page);
    },
  },
  {
    name: 'not-found',
    reach: (page, e2e) => reachNotFound(page, e2e, 'Go to the sign-in page'),
  },
  {
    name: 'not-found-signed-in',
    async reach(page, e2e) {
      await signIn(page, e2e, 'Ada Lovelace');
      await reachNotFound(page, e2e, 'Go to your account');
    },
  },
];

describeScreenStates(session, STATES);
