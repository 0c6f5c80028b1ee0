import type { Page } from 'playwright';
import type { E2eSession } from './e2e-session';

/** Stripe's test cards (https://docs.stripe.com/testing#cards), as typed into the hosted Checkout page. */
export const TEST_CARDS = {
  succeeds: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  insufficientFunds: '4000 0000 0000 9995',
} as const;

/** Waits until the page is on the emulator's hosted Checkout page. Never prints the URL: it names the session. */
export async function waitForCheckout(page: Page, session: E2eSession): Promise<void> {
  const origin = new URL(session.emulator.url).origin;
  await page.waitForURL((url) => url.origin === origin && url.pathname.startsWith('/c/pay/'));
  await page.waitForLoadState('load');
}

/** Fills the hosted Checkout page's card form with `number` and submits it. */
export async function payWithCard(page: Page, number: string, name: string): Promise<void> {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiry date').fill('12 / 40');
  await page.getByLabel('CVC').fill('123');
  await page.getByLabel('Name on card').fill(name);
  await page.getByRole('button', { name: 'Subscribe' }).click();
}

/** The subscriptions the emulator holds for `customerId`, whatever the demo's projection says. */
export function subscriptionsOf(session: E2eSession, customerId: string) {
  return session.emulator.store.subscriptions.list().filter((subscription) => subscription.customer === customerId);
}
