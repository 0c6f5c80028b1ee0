/*
 * Every page and state of the demo, looked at the way issue #12 asks: a full-page screenshot at
 * desktop and mobile sizes (apps/demo/test-results/screens/, git-ignored), no axe violations, and a
 * focus ring of at least 3:1 on every tab stop. One table entry per state; each reaches its state on
 * its own (its own customer or subscription), so they pass in any order.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { expect, it, vi } from 'vitest';
import { savePaymentMethod, signIn, subscriptionCard, textOf, waitForPortal, waitForReturn } from './support/demo-page';
import { useE2eSession } from './support/e2e-session';
import type { ScreenState } from './support/screen-state';
import { holdConfirmation, settled, subscribeThroughCheckout, throughPortal, WEBHOOK_WAIT } from './support/screen-flows';
import { describeScreenStates } from './support/screen-run';

const session = useE2eSession();

const CUSTOMERS = {
  'account-ada': 'Ada Lovelace',
  'account-grace': 'Grace Hopper',
  'account-katherine': 'Katherine Johnson',
  'account-alan': 'Alan Turing',
  'account-mary': 'Mary Jackson',
  'account-dorothy': 'Dorothy Vaughan',
};

const STATES: ScreenState[] = [
  {
    name: 'sign-in',
    async reach(page, { appUrl }) {
      await page.goto(`${appUrl}/`);
      await settled(page);
    },
  },
  {
    name: 'sign-in-unknown-user',
    async reach(page, { appUrl }) {
      // Where the sign-in form's post sends a user ID it does not know.
      await page.goto(`${appUrl}/?error=unknown-user`);
      await settled(page);
      expect(await textOf(page.getByRole('alert'))).toContain('That demo user does not exist');
    },
  },
  ...Object.entries(CUSTOMERS).map(
    ([name, customer]) =>
      ({
        name,
        async reach(page, e2e) {
          await signIn(page, e2e, customer);
          await settled(page);
        },
      }) satisfies ScreenState,
  ),
  {
    name: 'account-payment-method-updated',
    async reach(page, e2e) {
      await throughPortal(
        page,
        e2e,
        'Ada Lovelace',
        (p) => p.getByRole('button', { name: 'Update payment method', exact: true }).click(),
        (p) => savePaymentMethod(p, { number: '5555 5555 5555 4444', expiry: '12 / 34', cvc: '123', name: 'Ada Lovelace' }),
      );
      await vi.waitFor(
        async () => expect(await textOf(page.getByTestId('payment-method'))).toMatch(/^Mastercard ending in 4444/),
        WEBHOOK_WAIT,
      );
      await vi.waitFor(
        async () => expect(await textOf(page.getByTestId('return-notice'))).toContain('Stripe confirmed the change'),
        WEBHOOK_WAIT,
      );
    },
  },
  {
    name: 'account-canceling',
    async reach(page, e2e) {
      const card = subscriptionCard(page, DEMO_IDS.subscriptions.active);
      await throughPortal(
        page,
        e2e,
        'Ada Lovelace',
        () => card.getByRole('button', { name: /^Cancel subscription/ }).click(),
        async (p) => {
          await p.getByLabel("It's too expensive").check();
          await p.getByRole('button', { name: 'Cancel subscription' }).click();
        },
      );
      await vi.waitFor(
        async () => expect(await textOf(card.getByTestId('subscription-renewal'))).toMatch(/^Cancels at period end/),
        WEBHOOK_WAIT,
      );
    },
  },
  {
    name: 'account-paused',
    async reach(page, e2e) {
      const card = subscriptionCard(page, DEMO_IDS.subscriptions.multiTeam);
      await throughPortal(
        page,
        e2e,
        'Katherine Johnson',
        () => card.getByRole('button', { name: /^Pause payments/ }).click(),
        (p) => p.getByRole('button', { name: 'Pause subscription' }).click(),
      );
      await vi.waitFor(async () => expect(await textOf(card.getByTestId('subscription-payments'))).toBe('Paused'), WEBHOOK_WAIT);
    },
  },
  {
    name: 'account-plan-changed',
    async reach(page, e2e) {
      const card = subscriptionCard(page, DEMO_IDS.subscriptions.multiAddon);
      await throughPortal(
        page,
        e2e,
        'Katherine Johnson',
        () => card.getByRole('button', { name: /^Switch to Pro/ }).click(),
        (p) => p.getByRole('button', { name: 'Confirm update' }).click(),
      );
      await vi.waitFor(async () => expect(await textOf(card.locator('h3'))).toBe('Pro · $290.00 / year'), WEBHOOK_WAIT);
    },
  },
  {
    name: 'account-discount-accepted',
    async reach(page, e2e) {
      const card = subscriptionCard(page, DEMO_IDS.subscriptions.pastDue);
      await throughPortal(
        page,
        e2e,
        'Grace Hopper',
        () => card.getByRole('button', { name: /^Cancel subscription/ }).click(),
        (p) => p.getByRole('button', { name: 'Accept offer' }).click(),
      );
      await vi.waitFor(
        async () => expect(await textOf(page.getByTestId('return-notice'))).toContain('Stripe confirmed the change'),
        WEBHOOK_WAIT,
      );
      expect(await card.getByRole('button', { name: /^Cancel subscription/ }).count()).toBe(1);
    },
  },
  {
    name: 'checkout-success-waiting',
    async reach(page, e2e) {
      const release = await holdConfirmation(page, e2e);
      await subscribeThroughCheckout(page, e2e, 'Alan Turing');
      expect(await textOf(page.getByTestId('provisioning'))).toBe('Waiting for Stripe to confirm your subscription…');
      return release;
    },
  },
  {
    name: 'checkout-success-provisioned',
    async reach(page, e2e) {
      await subscribeThroughCheckout(page, e2e, 'Mary Jackson');
      await vi.waitFor(
        async () =>
          expect(await textOf(page.getByTestId('provisioning'))).toBe(
            'Your subscription is active: Stripe confirmed it with a webhook.',
          ),
        WEBHOOK_WAIT,
      );
      await settled(page);
    },
  },
  {
    name: 'return-waiting',
    async reach(page, e2e) {
      await signIn(page, e2e, 'Katherine Johnson');
      await settled(page);
      const release = await holdConfirmation(page, e2e);
      await page.getByRole('button', { name: 'Update billing details' }).click();
      await waitForPortal(page, e2e);
      await page.getByLabel('Name', { exact: true }).fill('Katherine G. Johnson');
      await page.getByRole('button', { name: 'Save details' }).click();
      await waitForReturn(page, e2e);
      await vi.waitFor(
        async () => expect(await textOf(page.getByTestId('return-notice'))).toMatch(/^Back from the billing portal. Waiting/),
        WEBHOOK_WAIT,
      );
      return release;
    },
  },
  {
    name: 'return-unchanged',
    missing:
      'a return that changed nothing to read as such: opening the portal homepage and coming straight back (webhooks idle, page reloaded) shows "Updated: Stripe confirmed the change" today',
    async reach(page, e2e) {
      await throughPortal(
        page,
        e2e,
        'Alan Turing',
        async (p) => {
          // Every webhook already sent has arrived and the page shows it: leaving now changes nothing.
          await e2e.emulator.webhooks.waitForIdle();
          await p.reload();
          await settled(p);
          await p.getByRole('button', { name: 'Open billing portal', exact: true }).click();
        },
        (p) => p.getByRole('link', { name: /^Return to / }).click(),
      );
      await vi.waitFor(
        async () =>
          expect(await textOf(page.getByTestId('return-notice'))).toBe(
            'Back from the billing portal. This page shows what Stripe has confirmed so far.',
          ),
        WEBHOOK_WAIT,
      );
      await settled(page);
    },
  },
  {
    name: 'return-javascript-off',
    javaScriptOff: true,
    async reach(page, e2e) {
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
      // Without JavaScript nothing polls: the page must not promise a confirmation it never shows.
      expect(await textOf(page.getByTestId('return-notice'))).not.toMatch(/Waiting/);
    },
  },
  {
    name: 'account-javascript-off',
    javaScriptOff: true,
    async reach(page, e2e) {
      await signIn(page, e2e, 'Katherine Johnson');
    },
  },
  {
    name: 'not-found',
    missing:
      'the 404 page (an unknown path answers with Hono’s plain-text "404 Not Found", which has no <html lang>, title or landmark)',
    async reach(page, e2e) {
      const response = await page.goto(`${e2e.appUrl}/no-such-page`);
      expect(response?.status()).toBe(404);
      expect(await page.title()).not.toBe('');
      // Chromium reports a page's own 404 on the console; for the 404 page that one is expected.
      expect(e2e.takePageErrors()).toEqual([expect.stringContaining('404')]);
    },
  },
];

describeScreenStates(session, STATES);

/*
 * What issue #12 asks the states above to show that this branch's demo does not show yet: each becomes
 * an assertion in its state's `reach` once the pages have it.
 */
const NOT_YET = [
  'account-canceling: an amber "Cancels on …" tag and a Renew button',
  'account-paused: "Paused until …" and a Resume button',
  'account-discount-accepted: the accepted retention offer among the discounts in effect',
  'account-payment-method-updated: a return notice that says what changed ("Mastercard ending 4444 is now your payment method")',
  'return-javascript-off: a notice that says the change was made, without JavaScript',
  'return-signed-out: signed out mid-flow, the return says the change was saved and offers to sign in',
];
for (const gap of NOT_YET) it.todo(gap);
