import { chromium, type Browser } from 'playwright';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../vitest.shared';
import { startAppServer, type AppServer } from '../testing/app-server';
import { TEST_CARDS, checkoutParams } from '../testing/checkout';
import { startEmulator, type RunningEmulator } from '../testing/start-emulator';

/*
 * The hosted Checkout page in a real browser, with no script on it: a declined card puts focus on
 * the error summary (autofocus), and a good card, with the country picked from the select, lands on
 * the app's success URL with the session ID.
 */
let running: RunningEmulator;
let browser: Browser;
let app: AppServer;
let appOrigin: string;

beforeAll(async () => {
  running = await startEmulator();
  app = await startAppServer(() => '<h1>Welcome</h1>');
  appOrigin = app.origin;
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await running?.close();
});

describe('Checkout in Chromium', () => {
  it('focuses the error summary after a decline, then pays and lands on the success URL', async () => {
    const session = await running.stripe.checkout.sessions.create(
      checkoutParams({
        success_url: `${appOrigin}/welcome?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${appOrigin}/pricing`,
      }),
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(session.url as string);
    const fill = async (number: string) => {
      await page.getByLabel('Card number').fill(number);
      await page.getByLabel('Expiry date').fill('12 / 40');
      await page.getByLabel('CVC').fill('123');
      await page.getByLabel('Name on card').fill('Alan Turing');
      await page.getByLabel('Country or region').selectOption('GB');
      await page.getByRole('button', { name: 'Subscribe' }).click();
    };
    await fill(TEST_CARDS.declined);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('form-error');
    expect(await page.getByRole('alert').textContent()).toContain('Your card was declined.');
    await fill(TEST_CARDS.succeeds);
    await page.waitForURL(`${appOrigin}/welcome?session_id=${session.id}`);
    const completed = await running.stripe.checkout.sessions.retrieve(session.id);
    expect(completed.status).toBe('complete');
    const customer = (await running.stripe.customers.retrieve(completed.customer as string)) as Stripe.Customer;
    const card = await running.stripe.paymentMethods.retrieve(customer.invoice_settings.default_payment_method as string);
    expect(card.billing_details.address?.country).toBe('GB');
    await context.close();
  }, 30_000);
});
