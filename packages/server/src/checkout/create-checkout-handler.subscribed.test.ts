import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { CANCEL_URL, checkoutSessions, createCheckoutTestHandler } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { BOB, formRequest, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();
const asBob = () => createCheckoutTestHandler(stripe(), { getCustomer: () => ({ customerId: BOB, appUserId: 'user_bob' }) });

function setBobsStatus(status: Stripe.Subscription.Status): void {
  const subscriptions = stripe().emulator.store.subscriptions;
  subscriptions.set({ ...subscriptions.get('sub_bob')!, status });
}

describe('createCheckoutHandler: a customer who already subscribes', () => {
  it.each(['active', 'trialing', 'past_due', 'unpaid', 'paused'] as const)(
    'answers 409 ALREADY_SUBSCRIBED for a %s subscription to any plan, before a session is made',
    async (status) => {
      setBobsStatus(status);
      // Bob's subscription is to Basic; asking for Pro is still a second subscription to this app.
      const response = await asBob()(jsonRequest({ plan: 'pro' }));
      expect(response.status).toBe(409);
      expect((await response.json()).error.code).toBe('ALREADY_SUBSCRIBED');
      expect(stripe().calls()).not.toContain('POST /v1/checkout/sessions');
      expect(checkoutSessions(stripe())).toEqual([]);
    },
  );

  it.each(['canceled', 'incomplete_expired', 'incomplete'] as const)(
    'lets a customer whose subscription is %s subscribe again',
    async (status) => {
      setBobsStatus(status);
      expect((await asBob()(jsonRequest({ plan: 'basic' }))).status).toBe(200);
    },
  );

  it('shows a plain form post a page saying so, with a way back to the pricing page', async () => {
    const response = await asBob()(formRequest({ plan: 'pro' }));
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('You already have this subscription.');
    expect(page).toContain(CANCEL_URL);
  });

  it('ignores subscriptions to prices that are not among the plans (another product of the same account)', async () => {
    const handler = createCheckoutTestHandler(stripe(), {
      getCustomer: () => ({ customerId: BOB }),
      plans: { pro: { price: 'price_pro' } },
    });
    expect((await handler(jsonRequest({ plan: 'pro' }))).status).toBe(200);
  });

  it('answers 409 to the same user coming back after paying, even before the app stored the customer', async () => {
    const handler = createCheckoutTestHandler(stripe());
    await handler(jsonRequest({ plan: 'basic' }));
    const [session] = checkoutSessions(stripe());
    stripe().emulator.actions.completeCheckout(session!.id, {
      number: '4242 4242 4242 4242',
      exp_month: 12,
      exp_year: 2040,
      cvc: '123',
      name: 'Carol',
    });
    const again = await handler(jsonRequest({ plan: 'pro' }));
    expect(again.status).toBe(409);
    expect(checkoutSessions(stripe())).toHaveLength(1);
  });
});
