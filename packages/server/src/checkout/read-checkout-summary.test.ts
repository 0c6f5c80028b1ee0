import { isBillingError } from '@portalkit/protocol';
import { describe, expect, it } from 'vitest';
import { checkoutSessions, createCheckoutTestHandler } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { ALICE, BOB, consoleLogger, jsonRequest } from '../testing/portal-test-kit';
import { readCheckoutSummary } from './read-checkout-summary';

const stripe = useEmulatedStripe();
const CARD = { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2040, cvc: '123', name: 'Bob' };

/** A completed Checkout for Bob (whose Basic subscription is canceled first) on Pro. */
async function bobsPaidSession(): Promise<string> {
  const subscriptions = stripe().emulator.store.subscriptions;
  subscriptions.set({ ...subscriptions.get('sub_bob')!, status: 'canceled' });
  const handler = createCheckoutTestHandler(stripe(), {
    getCustomer: () => ({ customerId: BOB }),
    plans: { pro: { price: 'price_pro' } },
  });
  expect((await handler(jsonRequest({ plan: 'pro' }))).status).toBe(200);
  const [session] = checkoutSessions(stripe());
  stripe().emulator.actions.completeCheckout(session!.id, CARD);
  return session!.id;
}

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isBillingError(error)) throw new Error(`Expected a BillingError, got ${String(error)}`);
  return error;
}

describe('readCheckoutSummary', () => {
  it('summarises the signed-in customer’s session for the success page', async () => {
    const sessionId = await bobsPaidSession();
    const summary = await readCheckoutSummary({ stripe: stripe().client(), sessionId, customerId: BOB, logger: consoleLogger });
    expect(summary).toEqual({
      sessionId,
      status: 'complete',
      paymentStatus: 'paid',
      priceId: 'price_pro',
      quantity: 1,
      amountTotal: 5000,
      currency: 'usd',
    });
  });

  it('answers another customer’s session with the same 404 as an unknown one (the ID in the URL is attacker-chosen)', async () => {
    const sessionId = await bobsPaidSession();
    const client = stripe().client();
    const stolen = await refusalOf(readCheckoutSummary({ stripe: client, sessionId, customerId: ALICE, logger: consoleLogger }));
    const unknown = await refusalOf(
      readCheckoutSummary({ stripe: client, sessionId: 'cs_test_nope', customerId: ALICE, logger: consoleLogger }),
    );
    expect(stolen.toJSON()).toEqual(unknown.toJSON());
    expect(stolen).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it.each([undefined, '', 'sub_bob', 'cs_test_../../v1/customers', ['cs_test_1'], 'cs_'.padEnd(5001, 'x')])(
    'refuses a session_id that is not one (%#) with 404 without calling Stripe',
    async (sessionId) => {
      const error = await refusalOf(
        readCheckoutSummary({ stripe: stripe().client(), sessionId, customerId: BOB, logger: consoleLogger }),
      );
      expect(error.code).toBe('NOT_FOUND');
      expect(stripe().calls()).toEqual([]);
    },
  );

  it('answers 401 when no customer is signed in', async () => {
    const error = await refusalOf(
      readCheckoutSummary({ stripe: stripe().client(), sessionId: 'cs_test_1', customerId: '', logger: consoleLogger }),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
  });
});
