import type { Locator, Page } from 'playwright';
import type { E2eSession } from './e2e-session';

/** Signs in on the stub sign-in page as the demo customer named `name`, and waits for the account page. */
export async function signIn(page: Page, session: E2eSession, name: string): Promise<void> {
  await page.goto(`${session.appUrl}/`);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL((url) => url.pathname === '/account');
}

/** Waits until the page is on one of the emulator's portal pages. Never prints the URL: it is a credential. */
export async function waitForPortal(page: Page, session: E2eSession): Promise<void> {
  const origin = new URL(session.emulator.url).origin;
  await page.waitForURL((url) => url.origin === origin && url.pathname.startsWith('/p/session/'));
  await page.waitForLoadState('load');
}

/** A card as typed into the emulator's payment-method page, e.g. `{ number: '4242 4242 4242 4242', expiry: '12 / 34', ... }`. */
export interface TestCard {
  number: string;
  expiry: string;
  cvc: string;
  name: string;
}

/** Fills the emulator's payment-method page with `card` and saves it. */
export async function savePaymentMethod(page: Page, card: TestCard): Promise<void> {
  await page.getByLabel('Card number').fill(card.number);
  await page.getByLabel('Expiry date').fill(card.expiry);
  await page.getByLabel('CVC').fill(card.cvc);
  await page.getByLabel('Name on card').fill(card.name);
  await page.getByRole('button', { name: 'Save payment method' }).click();
}

/** Waits until the portal has sent the browser back through `/billing/return` to the account page. */
export async function waitForReturn(page: Page, session: E2eSession): Promise<void> {
  const origin = new URL(session.appUrl).origin;
  // Nothing in the query string: the server remembers the trip, so a reload has nothing to replay.
  await page.waitForURL((url) => url.origin === origin && url.pathname === '/account' && url.search === '');
}

/** The card of one subscription on the account page. */
export function subscriptionCard(page: Page, subscriptionId: string): Locator {
  return page.locator(`article[data-subscription="${subscriptionId}"]`);
}

/** The trimmed text of an element, for `expect.poll`. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The date as the demo prints it (UTC, `en-US`), for a timestamp the emulator wrote. */
export function printedDate(seconds: number): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(seconds * 1000));
}
