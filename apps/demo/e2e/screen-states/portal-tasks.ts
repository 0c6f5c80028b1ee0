/*
 * The account page after each portal task, as the customer comes back to it: what the card shows
 * (the tag, the way back, the next charge, the discount) and the return notice that says what
 * changed. Each task is on a subscription or customer detail no other state changes; the notices
 * are read sentence by sentence, since another state's change to the same customer may land late.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import type { Locator } from 'playwright';
import { expect, vi } from 'vitest';
import { savePaymentMethod, subscriptionCard, textOf } from '../support/demo-page';
import { noticeOf, throughPortal, WEBHOOK_WAIT } from '../support/screen-flows';
import type { ScreenState } from '../support/screen-state';

const DATE = String.raw`\w{3} \d{1,2}, \d{4}`;

/**
 * A card that is ending or paused: its tag (text and tone), the way back as its one primary action,
 * and what it says instead of a next charge. Waits for the tag, which follows the webhook.
 */
async function expectWayBack(
  card: Locator,
  expected: { tag: RegExp; tone: string; action: RegExp; nextCharge: string },
): Promise<void> {
  const status = card.getByTestId('subscription-status');
  await vi.waitFor(async () => expect(await textOf(status)).toMatch(expected.tag), WEBHOOK_WAIT);
  expect(await status.getAttribute('class')).toContain(`tag--${expected.tone}`);
  expect(await card.locator('.button--primary').allTextContents()).toEqual([expect.stringMatching(expected.action)]);
  expect(await textOf(card.getByTestId('next-charge'))).toBe(expected.nextCharge);
}

export const PORTAL_TASK_STATES: ScreenState[] = [
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
        async () => expect(await noticeOf(page)).toContain('Mastercard ending in 4444 is now your payment method.'),
        WEBHOOK_WAIT,
      );
      expect(await textOf(page.getByTestId('payment-method'))).toBe('Mastercard ending in 4444, expires 12/2034');
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
      const status = card.getByTestId('subscription-status');
      await vi.waitFor(async () => expect(await textOf(status)).toMatch(new RegExp(`^Cancels on ${DATE}$`)), WEBHOOK_WAIT);
      expect(await status.getAttribute('class')).toContain('tag--ending');
      expect(await card.locator('.button--primary').allTextContents()).toEqual([expect.stringMatching(/^Renew subscription/)]);
      expect(await textOf(card.getByTestId('next-charge'))).toBe('None: you will not be charged again');
      await vi.waitFor(
        async () => expect(await noticeOf(page)).toMatch(new RegExp(`Your Starter subscription will end on ${DATE}\\.`)),
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
      await expectWayBack(card, {
        tag: new RegExp(`^Paused until ${DATE}$`),
        tone: 'paused',
        action: /^Resume payments/,
        nextCharge: 'None while payments are paused',
      });
      await vi.waitFor(
        async () => expect(await noticeOf(page)).toContain('Payments for your Pro subscription are paused'),
        WEBHOOK_WAIT,
      );
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
      await vi.waitFor(async () => expect(await noticeOf(page)).toContain('Your plan is now Pro, billed yearly.'), WEBHOOK_WAIT);
    },
  },
  {
    name: 'account-discount-accepted',
    async reach(page, e2e) {
      // The cancel flow's retention offer (25% off for 3 months), accepted instead of canceling.
      const card = subscriptionCard(page, DEMO_IDS.subscriptions.pastDue);
      await throughPortal(
        page,
        e2e,
        'Grace Hopper',
        () => card.getByRole('button', { name: /^Cancel subscription/ }).click(),
        (p) => p.getByRole('button', { name: 'Accept offer' }).click(),
      );
      await vi.waitFor(
        async () =>
          expect(await textOf(card.getByTestId('subscription-discount'))).toMatch(new RegExp(`^25% off until ${DATE}$`)),
        WEBHOOK_WAIT,
      );
      // The next charge is the plan's price less the 25%.
      const price = Number((await textOf(card.locator('h3'))).match(/\$([\d.,]+)/)?.[1]?.replace(',', ''));
      expect(await textOf(card.getByTestId('next-charge'))).toMatch(
        new RegExp(`^\\$${(price * 0.75).toFixed(2).replace('.', '\\.')} on ${DATE} before tax$`),
      );
      await vi.waitFor(
        async () => expect(await noticeOf(page)).toMatch(/25% off for 3 months is applied to your \w+ subscription\./),
        WEBHOOK_WAIT,
      );
      expect(await card.getByRole('button', { name: /^Cancel subscription/ }).count()).toBe(1);
    },
  },
];
