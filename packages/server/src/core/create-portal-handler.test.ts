import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeStripe, type FakeStripe } from '../testing/fake-stripe';
import { ALICE, RETURN_URL, createTestHandler, jsonRequest, seedCustomers } from '../testing/portal-test-kit';

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  seedCustomers(fake);
});

/** Posts `body` and returns the one session-create request Stripe received. */
async function sessionParamsFor(body: unknown, options: Parameters<typeof createTestHandler>[1] = {}) {
  const response = await createTestHandler(fake, options)(jsonRequest(body));
  expect(response.status).toBe(200);
  const sessions = fake.requestsTo('sessions');
  expect(sessions).toHaveLength(1);
  return sessions[0]!.body;
}

const REDIRECT_BACK = { type: 'redirect', redirect: { return_url: RETURN_URL } };

describe('createPortalHandler: the session Stripe is asked for', () => {
  it('answers a JSON request with 200 { url }, not cacheable, for the portal homepage', async () => {
    const response = await createTestHandler(fake)(jsonRequest({}));

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ url: fake.sessionUrls[0] });
    expect(fake.requestsTo('sessions')[0]!.body).toEqual({ customer: ALICE, return_url: RETURN_URL });
    expect(fake.requestsTo('subscriptions')).toHaveLength(0);
  });

  it.each([
    ['payment_method_update', { flow: 'payment_method_update' }, { type: 'payment_method_update', after_completion: REDIRECT_BACK }],
    ['customer_update', { flow: 'customer_update' }, { type: 'customer_update', after_completion: REDIRECT_BACK }],
    [
      'subscription_cancel',
      { flow: 'subscription_cancel', subscription: 'sub_alice' },
      { type: 'subscription_cancel', after_completion: REDIRECT_BACK, subscription_cancel: { subscription: 'sub_alice' } },
    ],
    [
      'subscription_update',
      { flow: 'subscription_update', subscription: 'sub_alice' },
      { type: 'subscription_update', after_completion: REDIRECT_BACK, subscription_update: { subscription: 'sub_alice' } },
    ],
    [
      'subscription_pause',
      { flow: 'subscription_pause', subscription: 'sub_alice' },
      { type: 'subscription_pause', after_completion: REDIRECT_BACK, subscription_pause: { subscription: 'sub_alice' } },
    ],
    [
      'subscription_update_confirm',
      { flow: 'subscription_update_confirm', subscription: 'sub_alice', items: [{ id: 'si_alice', price: 'price_pro', quantity: 3 }] },
      {
        type: 'subscription_update_confirm',
        after_completion: REDIRECT_BACK,
        subscription_update_confirm: { subscription: 'sub_alice', items: [{ id: 'si_alice', price: 'price_pro', quantity: '3' }] },
      },
    ],
  ])('sends the exact flow_data for %s', async (_flow, body, flowData) => {
    const params = await sessionParamsFor(body, { allowedPrices: ['price_pro'] });
    expect(params).toEqual({ customer: ALICE, return_url: RETURN_URL, flow_data: flowData });
  });

  it('checks the subscription with Stripe before a subscription flow, and only then creates the session', async () => {
    await sessionParamsFor({ flow: 'subscription_cancel', subscription: 'sub_alice' });
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /v1/subscriptions/sub_alice',
      'POST /v1/billing_portal/sessions',
    ]);
  });

  it('sends the resolved returnTo as both return_url and the after-completion redirect', async () => {
    const params = await sessionParamsFor({ flow: 'payment_method_update', returnTo: '/settings/billing?tab=cards#top' });
    const target = 'https://app.example.com/settings/billing?tab=cards#top';
    expect(params.return_url).toBe(target);
    expect(params.flow_data.after_completion).toEqual({ type: 'redirect', redirect: { return_url: target } });
  });

  it('adds what only the server decides: configuration, default locale, account and offers', async () => {
    fake.seedConfiguration('bpc_gold');
    const params = await sessionParamsFor(
      { flow: 'subscription_cancel', subscription: 'sub_alice' },
      { configuration: 'bpc_gold', locale: 'fr', onBehalfOf: 'acct_123', retentionCoupon: 'STAY50' },
    );
    expect(params).toMatchObject({ configuration: 'bpc_gold', locale: 'fr', on_behalf_of: 'acct_123' });
    expect(params.flow_data.subscription_cancel).toEqual({
      subscription: 'sub_alice',
      retention: { type: 'coupon_offer', coupon_offer: { coupon: 'STAY50' } },
    });
  });

  it("lets the request's locale win over the server default", async () => {
    expect((await sessionParamsFor({ locale: 'pt-BR' }, { locale: 'fr' })).locale).toBe('pt-BR');
  });

  it('applies discounts to update-confirm', async () => {
    const params = await sessionParamsFor(
      { flow: 'subscription_update_confirm', subscription: 'sub_alice', items: [{ id: 'si_alice', quantity: 2 }] },
      { discounts: [{ coupon: 'UPGRADE10' }, { promotionCode: 'promo_123' }] },
    );
    expect(params.flow_data.subscription_update_confirm.discounts).toEqual([{ coupon: 'UPGRADE10' }, { promotion_code: 'promo_123' }]);
  });

  it('follows the after-completion policy of each flow', async () => {
    const afterCompletion = {
      payment_method_update: { type: 'hosted_confirmation', message: 'Card saved. Thanks!' },
      customer_update: { type: 'portal_homepage' },
      subscription_update: { type: 'hosted_confirmation' },
    } as const;
    const sent = [];
    for (const flow of ['payment_method_update', 'customer_update'] as const) {
      sent.push((await sessionParamsFor({ flow }, { afterCompletion })).flow_data.after_completion);
      fake.reset();
    }
    seedCustomers(fake);
    sent.push((await sessionParamsFor({ flow: 'subscription_update', subscription: 'sub_alice' }, { afterCompletion })).flow_data.after_completion);
    expect(sent).toEqual([
      { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'Card saved. Thanks!' } },
      { type: 'portal_homepage' },
      { type: 'hosted_confirmation' },
    ]);
  });

  it('asks for session recovery after expiry, with a deadline counted from now', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-01T00:00:00Z') });
    try {
      const withDeadline = await sessionParamsFor({}, { afterExpiration: { type: 'customer_login', expiresInSeconds: 3600 } });
      expect(withDeadline.after_expiration).toEqual({ type: 'customer_login', customer_login: { expires_at: String(Date.UTC(2026, 10, 1) / 1000 + 3600) } });
    } finally {
      vi.useRealTimers();
    }
    fake.reset();
    const withoutDeadline = await sessionParamsFor({}, { afterExpiration: { type: 'customer_login' } });
    expect(withoutDeadline.after_expiration).toEqual({ type: 'customer_login' });
  });

  it('chooses the configuration per request when given a function of the context', async () => {
    fake.seedConfiguration('bpc_cancel');
    const configuration = vi.fn(({ flow }: { flow?: string }) => (flow === 'subscription_cancel' ? 'bpc_cancel' : undefined));
    const params = await sessionParamsFor({ flow: 'subscription_cancel', subscription: 'sub_alice' }, { configuration });
    expect(params.configuration).toBe('bpc_cancel');
    expect(configuration).toHaveBeenCalledWith(
      expect.objectContaining({ customerId: ALICE, flow: 'subscription_cancel', subscription: 'sub_alice', request: expect.any(Request) }),
    );
  });

  it('accepts an async getCustomerId', async () => {
    const params = await sessionParamsFor({}, { getCustomerId: async () => 'cus_async' });
    expect(params.customer).toBe('cus_async');
  });

  it('tells onSessionCreated about the session, without its URL', async () => {
    const onSessionCreated = vi.fn();
    await sessionParamsFor({ flow: 'subscription_update', subscription: 'sub_alice' }, { onSessionCreated });
    const event = onSessionCreated.mock.calls[0]![0];
    expect(Object.keys(event).sort()).toEqual(['context', 'customerId', 'flow', 'livemode', 'request', 'sessionId', 'subscription']);
    expect(event).toMatchObject({ customerId: ALICE, flow: 'subscription_update', subscription: 'sub_alice', livemode: false });
    expect(event.sessionId).toMatch(/^bps_/);
  });
});
