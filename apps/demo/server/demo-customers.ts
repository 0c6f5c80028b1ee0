import { DEMO_IDS, type EmulatorSeed } from '@portalkit/stripe-emulator';

const DAY = 86_400;

/** The customers the demo adds to the emulator's demo seed, by ID. */
export const DEMO_EXTRA_IDS = {
  customers: {
    /** A second customer with no subscription, so a declined Checkout can be tried apart from a good one. */
    newcomer: 'cus_demo_newcomer',
    /** Active on Starter, with Stripe's test card 4000 0000 0000 0341 on file: it attached, and every charge fails. */
    failingCard: 'cus_demo_failing_card',
  },
  subscriptions: { failingCard: 'sub_demo_failing_card' },
} as const;

/**
 * Two more customers for the flows of the sign-up to renewal loop: one with no subscription (to
 * subscribe through Checkout), and one whose card will fail at the next renewal (advance the test
 * clock, and the account goes past due).
 *
 * @example
 * emulator.seed(demoCustomers(emulator.clock.now()));
 */
export function demoCustomers(now: number): EmulatorSeed {
  const { newcomer, failingCard } = DEMO_EXTRA_IDS.customers;
  const cardYear = new Date(now * 1000).getUTCFullYear() + 3;
  return {
    customers: [
      { id: newcomer, name: 'Mary Jackson', email: 'mary@example.com', created: now - 2 * DAY },
      { id: failingCard, name: 'Dorothy Vaughan', email: 'dorothy@example.com', created: now - 40 * DAY },
    ],
    paymentMethods: [
      {
        id: 'pm_demo_dorothy_failing_visa',
        customer: failingCard,
        card: { brand: 'visa', last4: '0341', exp_month: 12, exp_year: cardYear },
        default: true,
      },
    ],
    subscriptions: [
      {
        id: DEMO_EXTRA_IDS.subscriptions.failingCard,
        customer: failingCard,
        items: [{ id: 'si_demo_failing_card', price: DEMO_IDS.prices.starterMonthly }],
        created: now - 35 * DAY,
        current_period_start: now - 5 * DAY,
      },
    ],
    invoices: [{ subscription: DEMO_EXTRA_IDS.subscriptions.failingCard, status: 'paid' }],
  };
}
