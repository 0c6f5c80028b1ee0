import { DEMO_IDS, type StripeEmulator } from '@portalkit/stripe-emulator';
import type Stripe from 'stripe';

/*
 * Customers living through a billing year on the emulator, so it sends the events Stripe would:
 * sign-ups through Checkout (some with a trial, some with a card whose later charges fail), plan and
 * seat changes, cancellations at the period end and at once, pauses, new cards, and renewals as the
 * emulator's clock passes period ends. Everything goes through the real SDK where Stripe has an API
 * for it; paying on the Checkout page and saving a card in the portal go through the emulator's actions,
 * as its hosted pages do.
 */

const DAY = 86_400;
const card = (number: string) => ({ number, exp_month: 12, exp_year: 2040, cvc: '123', name: 'Test Customer' });
const SUCCEEDS = card('4242 4242 4242 4242');
const MASTERCARD = card('5555 5555 5555 4444');
// Saved while a trial defers the first charge; every later charge fails (https://docs.stripe.com/testing).
const CHARGES_FAIL = card('4000 0000 0000 0341');

/** One customer made by {@link liveCustomerLives}, with the subscription Checkout created. */
export interface LivedCustomer {
  customer: string;
  subscription: string;
}

type Step = (stripe: Stripe, emulator: StripeEmulator, lived: LivedCustomer & { item: string }) => Promise<unknown>;

// What a customer does after signing up, picked by the customer's number; several steps share a second.
const STORIES: Step[][] = [
  [(s, _e, c) => s.subscriptions.update(c.subscription, { items: [{ id: c.item, price: DEMO_IDS.prices.proMonthly }] })],
  [
    (s, _e, c) => s.subscriptions.update(c.subscription, { items: [{ id: c.item, quantity: 3 }] }),
    (s, _e, c) => s.subscriptions.update(c.subscription, { cancel_at_period_end: true }),
  ],
  [(_s, e, c) => Promise.resolve(e.actions.updatePaymentMethod(c.customer, MASTERCARD))],
  [
    (s, _e, c) => s.subscriptions.update(c.subscription, { cancel_at_period_end: true }),
    (s, _e, c) => s.subscriptions.update(c.subscription, { cancel_at_period_end: false }),
    (s, _e, c) => s.subscriptions.update(c.subscription, { items: [{ id: c.item, price: DEMO_IDS.prices.starterYearly }] }),
  ],
  [(s, _e, c) => s.subscriptions.cancel(c.subscription)],
  [
    (s, _e, c) => s.subscriptions.update(c.subscription, { pause_collection: { behavior: 'void' } }),
    (s, _e, c) => s.subscriptions.update(c.subscription, { pause_collection: '' }),
  ],
];

async function signUp(stripe: Stripe, emulator: StripeEmulator, n: number): Promise<LivedCustomer & { item: string }> {
  const trial = n % 3 === 2;
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer_email: `customer-${n}@example.com`,
    line_items: [{ price: n % 2 === 0 ? DEMO_IDS.prices.starterMonthly : DEMO_IDS.prices.proMonthly, quantity: 1 }],
    success_url: 'https://app.example/billing/success?session_id={CHECKOUT_SESSION_ID}',
    ...(trial ? { subscription_data: { trial_period_days: 7 } } : {}),
  });
  // Every other trial saves a card whose charges fail: its trial ends past due, with an open invoice.
  const completed = emulator.actions.completeCheckout(session.id, n % 6 === 5 ? CHARGES_FAIL : SUCCEEDS);
  const subscription = await stripe.subscriptions.retrieve(completed.subscription as string);
  return { customer: subscription.customer as string, subscription: subscription.id, item: subscription.items.data[0]!.id };
}

/**
 * Signs up `count` customers through Checkout, lets each live one of a few stories (a step a second,
 * some steps in the same second), then moves the clock over `renewals` renewals (two by default),
 * after each of which some past-due customers save a new card. Twelve customers or more live every story. The events are in the emulator's store; the
 * customers are returned.
 *
 * @example
 * const customers = await liveCustomerLives(emulator, client, 6);
 * const events = emulator.store.events.list().reverse();
 */
export async function liveCustomerLives(
  emulator: StripeEmulator,
  stripe: Stripe,
  count: number,
  { renewals = 2 }: { renewals?: number } = {},
): Promise<LivedCustomer[]> {
  const lived: Array<LivedCustomer & { item: string }> = [];
  for (let n = 0; n < count; n += 1) {
    lived.push(await signUp(stripe, emulator, n));
    if (n % 2 === 1) emulator.clock.advance(1);
  }
  for (const [n, customer] of lived.entries()) {
    for (const [k, step] of (STORIES[n % STORIES.length] ?? []).entries()) {
      await step(stripe, emulator, customer);
      if (k % 2 === 0) emulator.clock.advance(1);
    }
  }
  // The first renewal ends the trials; each later one is a month on.
  for (const days of Array.from({ length: renewals }, (_, n) => (n === 0 ? 8 : 31))) {
    emulator.clock.advance(days * DAY);
    // Half of those past due save a good card, which pays their open invoice; the others stay past due.
    for (const [n, { customer, subscription }] of lived.entries()) {
      if (n % 12 !== 5) continue;
      const { status } = await stripe.subscriptions.retrieve(subscription);
      if (status === 'past_due') emulator.actions.updatePaymentMethod(customer, SUCCEEDS);
    }
    emulator.clock.advance(1);
  }
  return lived.map(({ customer, subscription }) => ({ customer, subscription }));
}
