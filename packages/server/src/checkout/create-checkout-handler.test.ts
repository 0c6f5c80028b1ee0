import { describe, expect, it, vi } from 'vitest';
import { checkoutSessions, CANCEL_URL, createCheckoutTestHandler, SUCCESS_URL } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { ALICE, formRequest, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

describe('createCheckoutHandler: a new subscriber', () => {
  it('answers 200 { url } with the hosted Checkout page, never cached', async () => {
    const response = await createCheckoutTestHandler(stripe())(jsonRequest({ plan: 'basic' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const [session] = checkoutSessions(stripe());
    expect(await response.json()).toEqual({ url: session?.url });
  });

  it('builds the session from the plan and the server: subscription mode, the URLs, the app user ID', async () => {
    await createCheckoutTestHandler(stripe())(jsonRequest({ plan: 'pro' }));
    const [session] = checkoutSessions(stripe());
    const created = stripe().emulator.store.checkoutSessions.get(session!.id)!;
    expect(session).toMatchObject({
      mode: 'subscription',
      success_url: `${SUCCESS_URL}?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: CANCEL_URL,
      client_reference_id: 'user_carol',
      allow_promotion_codes: true,
    });
    expect(created.subscriptionData).toMatchObject({ trial_period_days: 14, metadata: { app_user_id: 'user_carol' } });
    // Stripe's minimum lifetime is 30 minutes; the handler asks for barely more.
    expect(session!.expires_at - session!.created).toBeGreaterThanOrEqual(30 * 60);
    expect(session!.expires_at - session!.created).toBeLessThanOrEqual(32 * 60);
  });

  it('answers a plain form post with 303 to the Checkout page', async () => {
    const response = await createCheckoutTestHandler(stripe())(formRequest({ plan: 'basic' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(checkoutSessions(stripe())[0]?.url);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('takes a quantity from a form for a per-seat plan, within its bounds', async () => {
    const response = await createCheckoutTestHandler(stripe())(formRequest({ plan: 'team', quantity: '7' }));
    expect(response.status).toBe(303);
    const [session] = checkoutSessions(stripe());
    const record = stripe().emulator.store.checkoutSessions.get(session!.id)!;
    expect(record.lineItems.map((item) => item.quantity)).toEqual([7]);
  });

  it('keeps the query and fragment of successUrl, adding session_id before the fragment', async () => {
    const handler = createCheckoutTestHandler(stripe(), { successUrl: `${SUCCESS_URL}?from=pricing#done` });
    await handler(jsonRequest({ plan: 'basic' }));
    expect(checkoutSessions(stripe())[0]?.success_url).toBe(`${SUCCESS_URL}?from=pricing&session_id={CHECKOUT_SESSION_ID}#done`);
  });
});

describe('createCheckoutHandler: the portal handler’s contract', () => {
  it('refuses a GET with 405 and creates nothing', async () => {
    const response = await createCheckoutTestHandler(stripe())(jsonRequest(undefined, { method: 'GET' }));
    expect(response.status).toBe(405);
    expect(stripe().calls()).toEqual([]);
  });

  it('refuses a cross-site post before asking the app who is signed in', async () => {
    const getCustomer = vi.fn(() => ({ customerId: ALICE }));
    const handler = createCheckoutTestHandler(stripe(), { getCustomer });
    const response = await handler(
      jsonRequest({ plan: 'basic' }, { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } }),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('CROSS_SITE_REQUEST');
    expect(getCustomer).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
  });

  it('answers 401 when nobody is signed in, without calling Stripe', async () => {
    const response = await createCheckoutTestHandler(stripe(), { getCustomer: () => null })(jsonRequest({ plan: 'basic' }));
    expect(response.status).toBe(401);
    expect(stripe().calls()).toEqual([]);
  });

  it('answers 500 SERVER_MISCONFIGURED when getCustomer returns something that is not a customer', async () => {
    const handler = createCheckoutTestHandler(stripe(), { getCustomer: () => ({ customerId: 'user_42' }) });
    const response = await handler(jsonRequest({ plan: 'basic' }));
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe('SERVER_MISCONFIGURED');
    expect(stripe().calls()).toEqual([]);
  });

  it('refuses a bad setup at start-up, saying how to fix it', () => {
    expect(() => createCheckoutTestHandler(stripe(), { successUrl: '/billing/success' })).toThrow(
      /createCheckoutHandler\(\): pass successUrl, an absolute http\(s\) URL/,
    );
    expect(() => createCheckoutTestHandler(stripe(), { cancelUrl: 'https://elsewhere.example/pricing' })).toThrow(
      /returnOrigins/,
    );
    expect(() => createCheckoutTestHandler(stripe(), { plans: { pro: { price: 'prod_pro' } } })).toThrow(/plans\.pro\.price/);
    expect(() => createCheckoutTestHandler(stripe(), { plans: {} })).toThrow(/pass plans/);
    expect(() => createCheckoutTestHandler(stripe(), { successUrl: `${SUCCESS_URL}?session_id=1` })).toThrow(/session_id/);
  });
});
