import type Stripe from 'stripe';
import type { CardInput } from '../actions/card-input';
import { DEMO_IDS } from '../seed/demo';
import { createPortalBrowser } from './portal-browser';
import type { RunningEmulator } from './start-emulator';

/** Where test sessions send the customer after paying; never contacted. */
export const SUCCESS_URL = 'http://localhost:5999/welcome?session_id={CHECKOUT_SESSION_ID}';
/** Where the page's way back goes; never contacted. */
export const CANCEL_URL = 'http://localhost:5999/pricing';

/** Stripe's test card numbers (https://docs.stripe.com/testing), by what they do. */
export const TEST_CARDS = {
  succeeds: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  insufficientFunds: '4000 0000 0000 9995',
  attachesButChargesFail: '4000 0000 0000 0341',
} as const;

/**
 * Subscription-mode create parameters for the demo's Pro monthly price, for the customer without a
 * subscription, with `overrides` on top.
 *
 * @example
 * await stripe.checkout.sessions.create(checkoutParams({ subscription_data: { trial_period_days: 7 } }));
 */
export function checkoutParams(
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'subscription',
    customer: DEMO_IDS.customers.none,
    line_items: [{ price: DEMO_IDS.prices.proMonthly, quantity: 1 }],
    success_url: SUCCESS_URL,
    cancel_url: CANCEL_URL,
    ...overrides,
  };
}

/** The hosted page's form fields for `number`. */
export function cardFields(number: string): Record<string, string> {
  return { number, expiry: '12 / 40', cvc: '123', name: 'Alan Turing', country: 'GB' };
}

/** The same card as the actions take it. */
export function cardInput(number: string): CardInput {
  return { number, exp_month: 12, exp_year: 2040, cvc: '123', name: 'Alan Turing' };
}

/**
 * Creates a Checkout Session on the running emulator and opens its page in a new test browser.
 *
 * @example
 * const openCheckout = checkoutOpener(running);
 * const { page } = await openCheckout({ customer: undefined });
 */
export function checkoutOpener(running: () => RunningEmulator) {
  return async (overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}) => {
    const session = await running().stripe.checkout.sessions.create(checkoutParams(overrides));
    const browser = createPortalBrowser(running().emulator.url);
    return { session, browser, page: await browser.open(session.url as string) };
  };
}

/** The types of the events the emulator has sent, oldest first. */
export function eventTypes(running: RunningEmulator): string[] {
  return running.emulator.store.events
    .list()
    .reverse()
    .map((event) => event.type);
}
