/*
 * The sign-up to renewal loop at the server level: Checkout from a plan key, the success page's
 * purchase (the signed-in customer's only), provisioning from webhooks alone, the stable link of the
 * dunning email, and a failed renewal on the test clock.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_EXTRA_IDS } from './demo-customers';
import { useDemoServer } from './testing/demo-server';

const server = useDemoServer({ asStarted: true });
const GOOD_CARD = { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2040, cvc: '123' };
const NEWCOMERS: readonly string[] = [DEMO_IDS.customers.none, DEMO_EXTRA_IDS.customers.newcomer];

// The two customers with no subscription are the only ones who can subscribe: whatever a test bought
// for them ends after it, so every test (in any order) finds them unsubscribed.
afterEach(async () => {
  const { emulator } = server();
  for (const subscription of emulator.store.subscriptions.list()) {
    if (NEWCOMERS.includes(subscription.customer as string) && subscription.status !== 'canceled') {
      emulator.actions.cancelSubscription(subscription.id, { mode: 'immediately' });
    }
  }
  await emulator.webhooks.waitForIdle();
});

/** Posts the plan form as the browser would, and returns the Checkout Session it was sent to. */
async function startCheckout(cookie: string, fields: Record<string, string>) {
  const response = await server().request('/api/billing/checkout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server().appUrl, Cookie: cookie },
    body: new URLSearchParams(fields),
  });
  const location = response.headers.get('location') ?? '';
  const record = server()
    .emulator.store.checkoutSessions.list()
    .find((candidate) => location.endsWith(`/c/pay/${candidate.token}`));
  return { response, session: record?.session };
}

function purchaseOf(cookie: string, sessionId: string): Promise<Response> {
  return server().request(`/api/billing/purchase?session_id=${encodeURIComponent(sessionId)}`, { headers: { Cookie: cookie } });
}

describe('Checkout in the demo', () => {
  it('offers the plans map by key, and sends the plan form to Stripe with the price and URLs the server chose', async () => {
    const plans = (await (await server().request('/api/billing/plans')).json()) as { key: string; priceId: string }[];
    expect(plans.map((plan) => plan.key)).toEqual(['starter_monthly', 'pro_monthly', 'starter_yearly', 'pro_yearly']);

    const cookie = await server().signInAs(DEMO_IDS.customers.none);
    const { response, session } = await startCheckout(cookie, { plan: 'pro_monthly' });
    expect(response.status).toBe(303);
    expect(session).toMatchObject({
      mode: 'subscription',
      customer: DEMO_IDS.customers.none,
      success_url: `${server().appUrl}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${server().appUrl}/billing/checkout/canceled`,
    });
    const refused = await startCheckout(cookie, { plan: 'pro_monthly', price: DEMO_IDS.prices.starterMonthly });
    expect(refused.response.status).toBe(400);
    expect(refused.session).toBeUndefined();
  });

  it('answers ALREADY_SUBSCRIBED to a customer with a live subscription, before any session is made', async () => {
    const before = server().emulator.store.checkoutSessions.list().length;
    const { response } = await startCheckout(await server().signInAs(DEMO_IDS.customers.active), { plan: 'starter_monthly' });
    expect(response.status).toBe(409);
    expect(server().emulator.store.checkoutSessions.list()).toHaveLength(before);
  });

  it('shows the purchase to its own customer only, and provisions from the webhooks, not from the success page', async () => {
    const cookie = await server().signInAs(DEMO_EXTRA_IDS.customers.newcomer);
    const { session } = await startCheckout(cookie, { plan: 'starter_monthly' });
    const endpoint = `${server().appUrl}/webhooks/stripe`;
    // Hold the webhooks back: paid and redirected, the account must still show nothing.
    server().emulator.webhooks.remove(endpoint);
    try {
      server().emulator.actions.completeCheckout(session!.id, GOOD_CARD);
      const purchase = await purchaseOf(cookie, session!.id);
      expect(purchase.status).toBe(200);
      expect(await purchase.json()).toMatchObject({ status: 'complete', plan: { productName: 'Starter', interval: 'month' } });
      expect((await server().stateOf(cookie)).subscriptions).toEqual([]);
    } finally {
      server().emulator.webhooks.add(endpoint);
    }
    const stranger = await server().signInAs(DEMO_IDS.customers.multi);
    expect((await purchaseOf(stranger, session!.id)).status).toBe(404);
    expect((await purchaseOf(cookie, 'cs_test_not_a_session')).status).toBe(404);
  });

  it('provisions the account once checkout.session.completed and the subscription events arrive', async () => {
    const cookie = await server().signInAs(DEMO_IDS.customers.none);
    const { session } = await startCheckout(cookie, { plan: 'starter_yearly' });
    server().emulator.actions.completeCheckout(session!.id, GOOD_CARD);
    await server().emulator.webhooks.waitForIdle();
    const state = await server().stateOf(cookie);
    expect(state.subscriptions.map((subscription) => [subscription.plan?.nickname, subscription.status])).toEqual([
      ['Starter yearly', 'active'],
    ]);
  });
});

describe('the stable link of the dunning email', () => {
  const LINK = '/billing/portal/payment-method';
  const navigate = { 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document', 'Sec-Fetch-Site': 'cross-site' };
  const count = () => server().emulator.store.portalSessions.list().length;

  it('opens a fresh portal session on every click, for the signed-in customer', async () => {
    const cookie = await server().signInAs(DEMO_IDS.customers.pastDue);
    const before = count();
    const first = await server().request(LINK, { headers: { ...navigate, Cookie: cookie } });
    const second = await server().request(LINK, { headers: { ...navigate, Cookie: cookie } });
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(first.headers.get('location')).not.toBe(second.headers.get('location'));
    expect(count()).toBe(before + 2);
    const newest = server().emulator.store.portalSessions.list()[0]!.session;
    expect(newest).toMatchObject({ customer: DEMO_IDS.customers.pastDue, flow: { type: 'payment_method_update' } });
  });

  it('sends a signed-out click to sign in, and refuses fetches and frames, without making a session', async () => {
    const cookie = await server().signInAs(DEMO_IDS.customers.pastDue);
    const before = count();
    const signedOut = await server().request(LINK, { headers: navigate });
    expect([signedOut.status, signedOut.headers.get('location')]).toEqual([303, `${server().appUrl}/`]);
    for (const [mode, dest] of [
      ['no-cors', 'image'],
      ['cors', 'empty'],
      ['navigate', 'iframe'],
    ]) {
      const background = await server().request(LINK, {
        headers: { 'Sec-Fetch-Mode': mode!, 'Sec-Fetch-Dest': dest!, 'Sec-Fetch-Site': 'cross-site', Cookie: cookie },
      });
      expect(background.status).toBe(403);
    }
    expect(count()).toBe(before);
  });
});

describe('a failed renewal on the test clock', () => {
  it('moves time past the renewal: the charge fails, the state shows it, and a new card pays it', async () => {
    const cookie = await server().signInAs(DEMO_EXTRA_IDS.customers.failingCard);
    expect((await server().stateOf(cookie)).failedPayment).toBeNull();
    const crossSite = await server().request('/api/demo/clock/next-renewal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', Cookie: cookie },
    });
    expect(crossSite.status).toBe(403);

    const moved = await server().request('/api/demo/clock/next-renewal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server().appUrl, Cookie: cookie },
    });
    expect([moved.status, moved.headers.get('location')]).toEqual([303, '/account?renewed=1']);
    const failed = await server().stateOf(cookie);
    expect(failed.subscriptions[0]?.status).toBe('past_due');
    expect(failed.failedPayment).toMatchObject({ amountDue: 900, currency: 'usd', attemptCount: 1 });

    server().emulator.actions.updatePaymentMethod(DEMO_EXTRA_IDS.customers.failingCard, GOOD_CARD);
    await server().emulator.webhooks.waitForIdle();
    const recovered = await server().stateOf(cookie);
    expect([recovered.subscriptions[0]?.status, recovered.failedPayment]).toEqual(['active', null]);
  });

  it('still sends a customer to Checkout after the clock moved: the session expires in Stripe’s time, not this machine’s', async () => {
    const dorothy = await server().signInAs(DEMO_EXTRA_IDS.customers.failingCard);
    const moved = await server().request('/api/demo/clock/next-renewal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server().appUrl, Cookie: dorothy },
    });
    expect(moved.status).toBe(303);
    expect(server().emulator.clock.now() * 1000).toBeGreaterThan(Date.now() + 24 * 3600 * 1000);

    const mary = await server().signInAs(DEMO_EXTRA_IDS.customers.newcomer);
    const { response, session } = await startCheckout(mary, { plan: 'starter_monthly' });
    expect(response.status).toBe(303);
    expect(session!.expires_at - server().emulator.clock.now()).toBeGreaterThanOrEqual(30 * 60);
  });
});
