import { describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { ALICE, RETURN_URL, createTestHandler, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

/** Posts `body` and returns the one session Stripe created for it, as Stripe stored it. */
async function sessionFor(body: unknown, options: Parameters<typeof createTestHandler>[1] = {}) {
  const response = await createTestHandler(stripe(), options)(jsonRequest(body));
  expect(response.status).toBe(200);
  return stripe().onlySession();
}

const REDIRECT_BACK = { type: 'redirect', hosted_confirmation: null, redirect: { return_url: RETURN_URL } };
// A session's `flow` names every flow type; all but the chosen one are null.
const NO_FLOW_DETAILS = {
  customer_update: null,
  subscription_cancel: null,
  subscription_pause: null,
  subscription_update: null,
  subscription_update_confirm: null,
};

describe('createPortalHandler: the session Stripe creates', () => {
  it('answers a JSON request with 200 { url }, not cacheable, for the portal homepage', async () => {
    const response = await createTestHandler(stripe())(jsonRequest({}));

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const session = stripe().onlySession();
    expect(await response.json()).toEqual({ url: session.url });
    expect(session).toMatchObject({
      customer: ALICE,
      return_url: RETURN_URL,
      configuration: 'bpc_default',
      flow: null,
      locale: null,
      after_expiration: null,
      on_behalf_of: null,
    });
    expect(stripe().calls()).toEqual(['POST /v1/billing_portal/sessions']);
  });

  it.each([
    ['payment_method_update', { flow: 'payment_method_update' }, {}],
    ['customer_update', { flow: 'customer_update' }, { customer_update: {} }],
    [
      'subscription_cancel',
      { flow: 'subscription_cancel', subscription: 'sub_alice' },
      { subscription_cancel: { subscription: 'sub_alice', retention: null } },
    ],
    [
      'subscription_update',
      { flow: 'subscription_update', subscription: 'sub_alice' },
      { subscription_update: { subscription: 'sub_alice' } },
    ],
    [
      'subscription_pause',
      { flow: 'subscription_pause', subscription: 'sub_alice' },
      { subscription_pause: { subscription: 'sub_alice' } },
    ],
    [
      'subscription_update_confirm',
      {
        flow: 'subscription_update_confirm',
        subscription: 'sub_alice',
        items: [{ id: 'si_alice', price: 'price_pro', quantity: 3 }],
      },
      {
        subscription_update_confirm: {
          subscription: 'sub_alice',
          items: [{ id: 'si_alice', price: 'price_pro', quantity: 3 }],
          discounts: null,
        },
      },
    ],
  ])('opens the %s flow, and comes back to the app when it is done', async (flow, body, details) => {
    const session = await sessionFor(body, { allowedPrices: ['price_pro'] });
    expect(session).toMatchObject({ customer: ALICE, return_url: RETURN_URL });
    expect(session.flow).toEqual({ ...NO_FLOW_DETAILS, type: flow, after_completion: REDIRECT_BACK, ...details });
  });

  it('checks the subscription with Stripe before a subscription flow, and only then creates the session', async () => {
    await sessionFor({ flow: 'subscription_cancel', subscription: 'sub_alice' });
    expect(stripe().calls()).toEqual(['GET /v1/subscriptions/sub_alice', 'POST /v1/billing_portal/sessions']);
  });

  it('uses the resolved returnTo as both return_url and the after-completion redirect', async () => {
    const session = await sessionFor({ flow: 'payment_method_update', returnTo: '/settings/billing?tab=cards#top' });
    const target = 'https://app.example.com/settings/billing?tab=cards#top';
    expect(session.return_url).toBe(target);
    expect(session.flow?.after_completion).toEqual({
      type: 'redirect',
      hosted_confirmation: null,
      redirect: { return_url: target },
    });
  });

  it('adds what only the server decides: configuration, default locale and the retention offer', async () => {
    const session = await sessionFor(
      { flow: 'subscription_cancel', subscription: 'sub_alice' },
      { configuration: 'bpc_cancel_only', locale: 'fr', retentionCoupon: 'STAY50' },
    );
    expect(session).toMatchObject({ configuration: 'bpc_cancel_only', locale: 'fr' });
    expect(session.flow?.subscription_cancel).toEqual({
      subscription: 'sub_alice',
      retention: { type: 'coupon_offer', coupon_offer: { coupon: 'STAY50' } },
    });
  });

  it("lets the request's locale win over the server default", async () => {
    expect((await sessionFor({ locale: 'pt-BR' }, { locale: 'fr' })).locale).toBe('pt-BR');
  });

  it('applies discounts to update-confirm', async () => {
    const session = await sessionFor(
      { flow: 'subscription_update_confirm', subscription: 'sub_alice', items: [{ id: 'si_alice', quantity: 2 }] },
      { discounts: [{ coupon: 'UPGRADE10' }] },
    );
    expect(session.flow?.subscription_update_confirm).toEqual({
      subscription: 'sub_alice',
      items: [{ id: 'si_alice', price: null, quantity: 2 }],
      discounts: [{ coupon: 'UPGRADE10', promotion_code: null }],
    });
  });

  it('follows the after-completion policy of each flow', async () => {
    const afterCompletion = {
      payment_method_update: { type: 'hosted_confirmation', message: 'Card saved. Thanks!' },
      customer_update: { type: 'portal_homepage' },
      subscription_update: { type: 'hosted_confirmation' },
    } as const;
    const handler = createTestHandler(stripe(), { afterCompletion });
    for (const body of [
      { flow: 'payment_method_update' },
      { flow: 'customer_update' },
      { flow: 'subscription_update', subscription: 'sub_alice' },
    ]) {
      expect((await handler(jsonRequest(body))).status).toBe(200);
    }
    expect(
      stripe()
        .sessions()
        .map((session) => session.flow?.after_completion),
    ).toEqual([
      { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'Card saved. Thanks!' }, redirect: null },
      { type: 'portal_homepage', hosted_confirmation: null, redirect: null },
      { type: 'hosted_confirmation', hosted_confirmation: { custom_message: null }, redirect: null },
    ]);
  });

  it('asks for session recovery after expiry, with a deadline counted from now', async () => {
    // The handler's clock and the emulator's agree, so Stripe accepts the deadline as in the future.
    const now = stripe().emulator.clock.now();
    vi.useFakeTimers({ toFake: ['Date'], now: now * 1000 });
    try {
      const withDeadline = await sessionFor({}, { afterExpiration: { type: 'customer_login', expiresInSeconds: 3600 } });
      expect(withDeadline.after_expiration).toEqual({ type: 'customer_login', customer_login: { expires_at: now + 3600 } });
    } finally {
      vi.useRealTimers();
    }
    stripe().reset();
    const withoutDeadline = await sessionFor({}, { afterExpiration: { type: 'customer_login' } });
    expect(withoutDeadline.after_expiration).toEqual({ type: 'customer_login', customer_login: { expires_at: null } });
  });

  it('chooses the configuration per request when given a function of the context', async () => {
    const configuration = vi.fn(({ flow }: { flow?: string }) =>
      flow === 'subscription_cancel' ? 'bpc_cancel_only' : undefined,
    );
    const session = await sessionFor({ flow: 'subscription_cancel', subscription: 'sub_alice' }, { configuration });
    expect(session.configuration).toBe('bpc_cancel_only');
    expect(configuration).toHaveBeenCalledWith(
      expect.objectContaining({
        customerId: ALICE,
        flow: 'subscription_cancel',
        subscription: 'sub_alice',
        request: expect.any(Request),
      }),
    );
  });

  it('accepts an async getCustomerId', async () => {
    const session = await sessionFor({}, { getCustomerId: async () => 'cus_bob' });
    expect(session.customer).toBe('cus_bob');
  });

  it('tells onSessionCreated about the session, without its URL', async () => {
    const onSessionCreated = vi.fn();
    const session = await sessionFor({ flow: 'subscription_update', subscription: 'sub_alice' }, { onSessionCreated });
    const event = onSessionCreated.mock.calls[0]![0];
    expect(Object.keys(event).sort()).toEqual([
      'context',
      'customerId',
      'flow',
      'livemode',
      'request',
      'sessionId',
      'subscription',
    ]);
    expect(event).toMatchObject({
      customerId: ALICE,
      flow: 'subscription_update',
      subscription: 'sub_alice',
      livemode: false,
      sessionId: session.id,
    });
  });
});
