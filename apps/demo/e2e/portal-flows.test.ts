/*
 * Each portal task end to end: sign in on the demo, click its ManageBillingButton, finish the task on
 * the emulator's portal page, come back, and see the account page change once the signed webhook has
 * reached the demo's projection. The tests run in order and share one demo: each customer's story
 * continues from the previous test.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { DEMO_EXTRA_IDS } from '../server/demo-customers';
import { describe, expect, it } from 'vitest';
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

const session = useE2eSession();

describe('the demo with the emulator', () => {
  it('signs in through the stub login and shows the projected billing state', async () => {
    const page = await session().newPage();
    await page.goto(`${session().appUrl}/`);
    expect(await textOf(page.locator('.mode-badge'))).toContain('Offline: Stripe emulator');
    expect(await textOf(page.locator('.callout--warning'))).toContain('Stub login');
    await screenshot(page, '01-sign-in');

    // Dorothy: no other test in this file changes her billing, so this holds in any order.
    await signIn(page, session(), 'Dorothy Vaughan');
    expect(await textOf(page.getByTestId('payment-method'))).toMatch(/^Visa ending in 0341/);
    const card = subscriptionCard(page, DEMO_EXTRA_IDS.subscriptions.failingCard);
    expect(await textOf(card.locator('h3'))).toBe('Starter · $9.00 / month');
    expect(await textOf(card.getByTestId('subscription-status'))).toBe('Active');
    expect(await textOf(card.getByTestId('subscription-renewal'))).toMatch(/^Renews on /);
    // The next charge: Starter's $9.00 a month, one seat, on the renewal date.
    const renewsOn = (await textOf(card.getByTestId('subscription-renewal'))).replace('Renews on ', '');
    expect(await textOf(card.getByTestId('next-charge'))).toBe(`$9.00 on ${renewsOn} before tax`);
    await screenshot(page, '02-account-dorothy');
  });

  it('updates the payment method (the button prefetches on intent)', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    // prefetch="intent": the session request leaves on pointer-down, before the click completes.
    const button = page.getByRole('button', { name: 'Update payment method', exact: true });
    await button.hover();
    const posted = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/billing/portal'));
    await page.mouse.down();
    await posted;
    expect(new URL(page.url()).pathname).toBe('/account');
    await page.mouse.up();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Update payment method/);
    await screenshot(page, '03-portal-payment-method');

    await savePaymentMethod(page, { number: '5555 5555 5555 4444', expiry: '12 / 34', cvc: '123', name: 'Ada Lovelace' });

    await waitForReturn(page, session());
    await expect.poll(() => textOf(page.getByTestId('payment-method'))).toBe('Mastercard ending in 4444, expires 12/2034');
    await expect
      .poll(() => textOf(page.getByTestId('return-notice')))
      .toBe('Mastercard ending in 4444 is now your payment method.');
    await screenshot(page, '04-account-after-payment-method');
  });

  it('cancels at the end of the period, past the retention offer, and renews from the card', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    const card = subscriptionCard(page, DEMO_IDS.subscriptions.active);
    await card.getByRole('button', { name: /^Cancel subscription/ }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Cancel subscription/);
    // The kit asked for the demo's retention coupon; the emulator offers it before the cancel button.
    expect(await textOf(page.locator('section[aria-labelledby="offer-heading"]'))).toContain('25% off for 3 months');
    await screenshot(page, '05-portal-cancel');

    await page.getByLabel("It's too expensive").check();
    await page.getByRole('button', { name: 'Cancel subscription' }).click();

    await waitForReturn(page, session());
    const status = card.getByTestId('subscription-status');
    await expect.poll(() => textOf(status)).toMatch(/^Cancels on \w{3} \d{1,2}, \d{4}$/);
    expect(await status.getAttribute('class')).toContain('tag--ending');
    expect(await textOf(card.getByTestId('subscription-renewal'))).toMatch(/^Ends on .*You keep your plan until then\.$/);
    // No charge is coming, and the card says so instead of an amount.
    expect(await textOf(card.getByTestId('next-charge'))).toBe('None: you will not be charged again');
    expect(await textOf(page.getByTestId('return-notice'))).toMatch(
      /^Your Starter subscription will end on \w{3} \d{1,2}, \d{4}\.$/,
    );
    expect(await card.getByRole('button', { name: /^Cancel subscription/ }).count()).toBe(0);
    // The way back is the card's one primary action.
    expect(await card.locator('.button--primary').allTextContents()).toEqual([expect.stringMatching(/^Renew subscription/)]);
    await screenshot(page, '06-account-after-cancel');

    // Renewing from the card: the portal homepage undoes the cancellation, and the card renews again.
    await card.getByRole('button', { name: /^Renew subscription/ }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Billing overview/);
    await screenshot(page, '07-portal-homepage');

    await page.getByRole('button', { name: 'Renew subscription' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: /^Return to / }).click();

    await waitForReturn(page, session());
    await expect.poll(() => textOf(card.getByTestId('subscription-renewal'))).toMatch(/^Renews on /);
    expect(await textOf(card.getByTestId('subscription-status'))).toBe('Active');
    expect(await textOf(card.getByTestId('next-charge'))).toMatch(/^\$9\.00 on /);
    expect(await card.getByRole('button', { name: /^Renew subscription/ }).count()).toBe(0);
    expect(await textOf(page.getByTestId('return-notice'))).toMatch(
      /^Your Starter subscription will renew on \w{3} \d{1,2}, \d{4}\.$/,
    );
  });

  it('switches plans on the plan-change page', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Katherine Johnson');
    const card = subscriptionCard(page, DEMO_IDS.subscriptions.multiTeam);
    expect(await textOf(card.locator('h3'))).toBe('Pro · $29.00 / month');
    await screenshot(page, '08-account-katherine');
    await card.getByRole('button', { name: /^Change plan/ }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Update subscription/);
    await screenshot(page, '09-portal-update');

    await page.getByRole('radio', { name: /^Pro - .*year/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    // As on Stripe, the choice is confirmed on a page of its own, with the (emulated) amount due today.
    await page.waitForURL(/\/update\/confirm\?/);
    expect(await page.title()).toMatch(/^Confirm subscription update/);
    expect(await textOf(page.getByTestId('new-plan'))).toMatch(/^Pro - \$290\.00 per year/);
    expect(await textOf(page.getByTestId('amount-due'))).toContain('Amount due today (emulated)');
    await screenshot(page, '09-portal-update-confirmation');

    await page.getByRole('button', { name: 'Confirm', exact: true }).click();

    await waitForReturn(page, session());
    await expect.poll(() => textOf(card.locator('h3'))).toBe('Pro · $290.00 / year');
    expect(await textOf(page.getByTestId('return-notice'))).toBe('Your plan is now Pro, billed yearly.');
  });

  it('confirms one specific plan change picked on the account page', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Katherine Johnson');
    const card = subscriptionCard(page, DEMO_IDS.subscriptions.multiAddon);
    expect(await textOf(card.locator('h3'))).toBe('Starter · $90.00 / year');
    await card.getByRole('button', { name: /^Switch to Pro/ }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Confirm subscription update/);
    expect(await textOf(page.getByTestId('new-plan'))).toMatch(/^Pro - /);
    await screenshot(page, '10-portal-update-confirm');

    await page.getByRole('button', { name: 'Confirm update' }).click();

    await waitForReturn(page, session());
    await expect.poll(() => textOf(card.locator('h3'))).toBe('Pro · $290.00 / year');
  });

  it('pauses payments, and resumes them from the card', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Katherine Johnson');
    const card = subscriptionCard(page, DEMO_IDS.subscriptions.multiTeam);
    expect(await textOf(card.getByTestId('subscription-status'))).toBe('Active');
    await card.getByRole('button', { name: /^Pause payments/ }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Pause subscription/);
    await screenshot(page, '11-portal-pause');

    await page.getByRole('button', { name: 'Pause subscription' }).click();

    await waitForReturn(page, session());
    const status = card.getByTestId('subscription-status');
    await expect.poll(() => textOf(status)).toMatch(/^Paused until /);
    // The date the portal's pause resumes on, as Stripe (here the emulator) recorded it.
    const resumesAt = session().emulator.store.subscriptions.get(DEMO_IDS.subscriptions.multiTeam)?.pause_collection?.resumes_at;
    expect(resumesAt).toEqual(expect.any(Number));
    expect(await textOf(status)).toBe(`Paused until ${printed(resumesAt!)}`);
    expect(await status.getAttribute('class')).toContain('tag--paused');
    expect(await textOf(card.getByTestId('subscription-renewal'))).toBe(`Payments resume on ${printed(resumesAt!)}`);
    expect(await textOf(card.getByTestId('next-charge'))).toBe('None while payments are paused');
    expect(await textOf(page.getByTestId('return-notice'))).toMatch(/^Payments for your Pro subscription are paused/);
    expect(await card.getByRole('button', { name: /^Pause payments/ }).count()).toBe(0);
    expect(await card.locator('.button--primary').allTextContents()).toEqual([expect.stringMatching(/^Resume payments/)]);
    await screenshot(page, '12-account-after-pause');

    // Resuming from the card: the portal homepage ends the pause, and the next charge is back.
    await card.getByRole('button', { name: /^Resume payments/ }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Billing overview/);

    await page.getByRole('button', { name: 'Resume subscription' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: /^Return to / }).click();

    await waitForReturn(page, session());
    await expect.poll(() => textOf(card.getByTestId('subscription-status'))).toBe('Active');
    expect(await textOf(card.getByTestId('subscription-renewal'))).toMatch(/^Renews on /);
    // Five seats of Pro, monthly or yearly (the plan-change test may have switched it first).
    const total = (await textOf(card.locator('h3'))).includes('/ year') ? '1,450.00' : '145.00';
    expect(await textOf(card.getByTestId('next-charge'))).toMatch(new RegExp(`^\\$${total} on `));
    expect(await card.getByRole('button', { name: /^Resume payments/ }).count()).toBe(0);
  });

  it('updates the customer details', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Grace Hopper');
    expect(await textOf(subscriptionCard(page, DEMO_IDS.subscriptions.pastDue).getByTestId('subscription-status'))).toBe(
      'Past due',
    );
    await screenshot(page, '13-account-grace');
    await page.getByRole('button', { name: 'Update billing details' }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Update billing details/);
    await screenshot(page, '14-portal-customer-details');

    await page.getByLabel('Name', { exact: true }).fill('Grace Brewster Hopper');
    await page.getByLabel('Email').fill('grace.hopper@example.com');
    await page.getByRole('button', { name: 'Save details' }).click();

    await waitForReturn(page, session());
    await expect.poll(() => textOf(page.getByTestId('billing-name'))).toBe('Grace Brewster Hopper');
    expect(await textOf(page.getByTestId('billing-email'))).toBe('grace.hopper@example.com');
  });
});
