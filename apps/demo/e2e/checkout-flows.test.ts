/*
 * Signing up through Checkout, end to end: a customer with no subscription picks a plan on the
 * account page, pays on the emulator's hosted Checkout page, lands on the success page (display
 * only), and sees the plan on the account page once the signed webhooks have provisioned it. Each
 * test uses its own customer, so they pass in any order.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { describe, expect, it } from 'vitest';
import { DEMO_EXTRA_IDS } from '../server/demo-customers';
import { axeViolations } from './support/axe';
import { TEST_CARDS, payWithCard, subscriptionsOf, waitForCheckout } from './support/checkout-page';
import { signIn, textOf } from './support/demo-page';
import { screenshot, useE2eSession } from './support/e2e-session';
import { holdWebhooks } from './support/webhook-gate';

const session = useE2eSession();
// Generous: the page polls once a second, on a machine that may be busy.
const WEBHOOK_WAIT = { timeout: 15_000 };

describe('subscribing through Checkout', () => {
  it('subscribes with 4242: the success page shows the purchase and waits, the account shows the plan from the webhook', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Alan Turing');
    expect(await page.getByTestId('plan-picker').getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Starter · $9.00 / month',
      'Pro · $29.00 / month',
      'Starter · $90.00 / year',
      'Pro · $290.00 / year',
    ]);
    await screenshot(page, '30-account-plans');
    await page.getByRole('button', { name: 'Subscribe to Starter monthly', exact: true }).click();
    await waitForCheckout(page, session());
    expect(await page.title()).toMatch(/^Subscribe to portalkit demo/);
    await screenshot(page, '31-checkout');

    const gate = await holdWebhooks(session());
    try {
      await payWithCard(page, TEST_CARDS.succeeds, 'Alan Turing');
      await page.waitForURL((url) => url.pathname === '/billing/success');
      expect(await page.title()).toBe('Subscription confirmed · portalkit demo');
      expect(await textOf(page.getByTestId('purchase-plan'))).toBe('Starter · $9.00 / month');
      expect(await textOf(page.getByTestId('purchase-total'))).toBe('$9.00');
      // Paid, redirected, and Stripe has the subscription: but no webhook has reached the demo yet.
      expect(subscriptionsOf(session(), DEMO_IDS.customers.none).map((subscription) => subscription.status)).toEqual(['active']);
      expect(await textOf(page.getByTestId('provisioning'))).toBe('Confirming your payment…');
      const account = await page.context().newPage();
      await account.goto(`${session().appUrl}/account`);
      expect(await account.getByTestId('plan-picker').count()).toBe(1);
      expect(await account.locator('article[data-subscription]').count()).toBe(0);
      // From this stale page a second purchase is refused: the server asks Stripe, not the page's state.
      const sessionsBefore = session().emulator.store.checkoutSessions.list().length;
      const again = account.getByRole('button', { name: 'Subscribe to Pro monthly', exact: true });
      await again.click();
      const refusal = account.getByRole('alert').filter({ hasText: 'You already have this subscription' });
      await expect.poll(() => refusal.count()).toBe(1);
      expect(await refusal.getByRole('button', { name: 'Manage billing' }).count()).toBe(1);
      expect(session().emulator.store.checkoutSessions.list()).toHaveLength(sessionsBefore);
      await screenshot(account, '32-already-subscribed');
      await account.close();
      await screenshot(page, '33-success-waiting');
    } finally {
      await gate.release();
    }

    await expect.poll(() => textOf(page.getByTestId('provisioning')), WEBHOOK_WAIT).toBe('Your subscription is active.');
    await screenshot(page, '34-success-confirmed');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to your account' }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    const card = page.locator('article[data-subscription]');
    expect(await textOf(card.locator('h3'))).toBe('Starter · $9.00 / month');
    expect(await textOf(card.getByTestId('subscription-status'))).toBe('Active');
    expect(await page.getByTestId('plan-picker').count()).toBe(0);
  });

  it('shows a declined card on the hosted page and creates no subscription', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Mary Jackson');
    await page.getByRole('button', { name: 'Subscribe to Pro monthly', exact: true }).click();
    await waitForCheckout(page, session());

    const declines = [
      [TEST_CARDS.declined, 'Your card was declined.'],
      [TEST_CARDS.insufficientFunds, 'Your card has insufficient funds.'],
    ] as const;
    for (const [card, message] of declines) {
      await payWithCard(page, card, 'Mary Jackson');
      await page.waitForLoadState('load');
      expect(await textOf(page.getByRole('alert'))).toContain(message);
      expect(new URL(page.url()).pathname).toMatch(/^\/c\/pay\//);
    }
    await screenshot(page, '35-checkout-declined');
    await session().emulator.webhooks.waitForIdle();
    expect(subscriptionsOf(session(), DEMO_EXTRA_IDS.customers.newcomer)).toEqual([]);

    // Going back from the hosted page lands on the account page, which still offers the plans.
    await page.getByRole('link', { name: /^Return to / }).click();
    await page.waitForURL((url) => url.pathname === '/account' && url.search === '');
    expect(await textOf(page.getByTestId('return-notice'))).toBe('Checkout was canceled. You were not charged.');
    expect(await page.getByTestId('plan-picker').count()).toBe(1);
    // Said once: the URL holds nothing to replay, and the server forgot the trip.
    await page.reload();
    expect(await textOf(page.getByTestId('return-notice'))).toBe('');
  });

  it('reaches Checkout from the plan’s button (a plain form before hydration) with JavaScript turned off', async () => {
    const page = await session().newPage({ javaScriptEnabled: false });
    await signIn(page, session(), 'Mary Jackson');
    await page.getByRole('button', { name: 'Subscribe to Starter yearly', exact: true }).click();
    await waitForCheckout(page, session());
    expect(await textOf(page.locator('section[aria-labelledby="summary-heading"]'))).toContain('Starter');
  });

  it('shows a success URL naming another customer’s session as not found', async () => {
    // Mary starts a Checkout (the plan form's post, without following it to the hosted page)...
    const mary = await session().newPage();
    await signIn(mary, session(), 'Mary Jackson');
    const started = await mary.request.post(`${session().appUrl}/api/billing/checkout`, {
      headers: { Origin: session().appUrl },
      form: { plan: 'pro_yearly' },
      maxRedirects: 0,
    });
    expect(started.status()).toBe(303);
    const token = new URL(started.headers().location ?? '').pathname.replace('/c/pay/', '');
    const marys = session()
      .emulator.store.checkoutSessions.list()
      .find((record) => record.token === token);

    // ...and Ada, given its ID in a success URL, learns nothing about it.
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    const response = await page.goto(`${session().appUrl}/billing/success?session_id=${marys?.id}`);
    expect(response?.status()).toBe(404);
    expect(await textOf(page.locator('h1'))).toBe('Purchase not found');
    expect(await textOf(page.locator('main'))).not.toMatch(/Pro|\$/);
    // Chromium reports the page's own 404 on the console; that one is expected.
    expect(session().takePageErrors()).toEqual([expect.stringContaining('404')]);
  });
});
