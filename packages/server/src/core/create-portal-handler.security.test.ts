import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeStripe, type FakeStripe } from '../testing/fake-stripe';
import { APP_ORIGIN, createTestHandler, errorOf, formRequest, jsonRequest, seedCustomers } from '../testing/portal-test-kit';

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  seedCustomers(fake);
});

describe('createPortalHandler: cross-site requests', () => {
  it.each([
    ['an Origin not allowed', { origin: 'https://evil.com' }],
    ['Origin: null', { origin: 'null' }],
    ['a look-alike Origin', { origin: 'https://app.example.com.evil.com' }],
    ['the right host over http', { origin: 'http://app.example.com' }],
    ['the right host on another port', { origin: 'https://app.example.com:8443' }],
    ['Sec-Fetch-Site: cross-site with an allowed Origin', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: cross-site and no Origin', { origin: '', 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site and no Origin', { origin: '', 'sec-fetch-site': 'same-site' }],
  ])('refuses %s with 403, before auth and without calling Stripe', async (_case, headers) => {
    const getCustomerId = vi.fn(() => 'cus_alice');
    const warn = vi.spyOn(console, 'warn');
    const request = jsonRequest({ flow: 'payment_method_update' }, { headers });
    const response = await createTestHandler(fake, { getCustomerId })(request);

    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await errorOf(response)).code).toBe('CROSS_SITE_REQUEST');
    expect(getCustomerId).not.toHaveBeenCalled();
    expect(fake.requests).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cross-site'), expect.objectContaining({ allowedOrigins: [APP_ORIGIN] }));
  });

  it.each([
    ['same-origin fetch', {}],
    ['Sec-Fetch-Site: same-origin without Origin', { origin: '' }],
    ['a non-browser client with neither header', { origin: '', 'sec-fetch-site': '' }],
    ['another allowed origin of the same site', { origin: 'https://www.example.com', 'sec-fetch-site': 'same-site' }],
  ])('lets through %s', async (_case, headers) => {
    const handler = createTestHandler(fake, { allowedOrigins: ['https://www.example.com'] });
    const response = await handler(jsonRequest({ flow: 'payment_method_update' }, { headers }));
    expect(response.status).toBe(200);
  });

  it('answers a cross-site form post with a 403 page, not a redirect', async () => {
    const response = await createTestHandler(fake)(formRequest({ flow: 'payment_method_update' }, { headers: { origin: 'https://evil.com', 'sec-fetch-site': 'cross-site' } }));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('createPortalHandler: fields only the server may set', () => {
  it.each([
    ['customer', 'cus_bob', /getCustomerId/],
    ['customerId', 'cus_bob', /getCustomerId/],
    ['customer_account', 'acct_1', /getCustomerId/],
    ['configuration', 'bpc_evil', /configuration option/],
    ['on_behalf_of', 'acct_evil', /onBehalfOf/],
    ['coupon', 'FREE100', /retentionCoupon/],
    ['promotion_code', 'promo_1', /discounts/],
    ['discounts', [{ coupon: 'FREE100' }], /discounts/],
    ['flow_data', { type: 'subscription_cancel', subscription_cancel: { subscription: 'sub_bob' } }, /built on the server/],
    ['return_url', 'https://evil.com', /returnTo/],
    ['after_completion', { type: 'redirect' }, /afterCompletion/],
    ['__proto__', { admin: true }, /Unknown field/],
    ['subscriptions', 'sub_alice', /Unknown field "subscriptions". A portal request takes only: flow, subscription, items, returnTo, locale/],
  ])('refuses %s by name, saying why', async (field, value, reason) => {
    const body = `{"flow":"payment_method_update",${JSON.stringify(field)}:${JSON.stringify(value)}}`;
    const response = await createTestHandler(fake)(jsonRequest(body));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param: field });
    expect(error.message).toMatch(reason);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses the same fields in a form post', async () => {
    const response = await createTestHandler(fake)(formRequest('flow=payment_method_update&customer=cus_bob', { headers: { accept: '*/*' } }));
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param: 'customer' });
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    [{ flow: 'payment_method_update', items: [{ id: 'si_alice', quantity: 2 }] }, 'items', /not used by the payment_method_update flow/],
    [{ flow: 'customer_update', subscription: 'sub_alice' }, 'subscription', /not used by the customer_update flow/],
    [{ flow: 'subscription_cancel', subscription: 'sub_alice', items: [{ id: 'si_alice', quantity: 2 }] }, 'items', /subscription_update_confirm/],
    [{ subscription: 'sub_alice' }, 'subscription', /portal homepage/],
  ])('refuses %j: a field that does not belong to the flow', async (body, param, message) => {
    const error = await errorOf(await createTestHandler(fake)(jsonRequest(body)));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param });
    expect(error.message).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('createPortalHandler: ownership', () => {
  it("answers someone else's subscription and a missing one with the same 404, and creates no session", async () => {
    const handler = createTestHandler(fake);
    const others = await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_bob' }));
    const missing = await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_nobody' }));

    expect(others.status).toBe(404);
    expect(missing.status).toBe(404);
    const [othersBody, missingBody] = [await others.text(), await missing.text()];
    expect(othersBody).toBe(missingBody);
    expect(JSON.parse(othersBody)).toEqual({
      error: { code: 'NOT_FOUND', message: 'No subscription with this ID belongs to the signed-in customer.', param: 'subscription' },
    });
    expect(fake.requestsTo('subscriptions').map((request) => request.path)).toEqual([
      '/v1/subscriptions/sub_bob',
      '/v1/subscriptions/sub_nobody',
    ]);
    expect(fake.requestsTo('sessions')).toHaveLength(0);
  });

  it.each(['subscription_update', 'subscription_pause', 'subscription_update_confirm'])(
    "checks ownership for %s too",
    async (flow) => {
      const items = flow === 'subscription_update_confirm' ? [{ id: 'si_bob', quantity: 2 }] : undefined;
      const response = await createTestHandler(fake)(jsonRequest({ flow, subscription: 'sub_bob', items }));
      expect(response.status).toBe(404);
      expect(fake.requestsTo('sessions')).toHaveLength(0);
    },
  );

  it("refuses an update-confirm item that is not on the customer's subscription", async () => {
    const body = { flow: 'subscription_update_confirm', subscription: 'sub_alice', items: [{ id: 'si_bob', quantity: 2 }] };
    const response = await createTestHandler(fake)(jsonRequest(body));
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'NOT_FOUND', param: 'items[0].id' });
    expect(fake.requestsTo('sessions')).toHaveLength(0);
  });

  it('uses the customer from getCustomerId, never from the request', async () => {
    const handler = createTestHandler(fake, { getCustomerId: () => 'cus_bob' });
    expect((await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_bob' }))).status).toBe(200);
    expect(fake.requestsTo('sessions')[0]!.body.customer).toBe('cus_bob');
  });
});
