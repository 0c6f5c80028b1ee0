import { SUBSCRIPTION_FLOWS } from '@portalkit/protocol';
import { describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { APP_ORIGIN, createTestHandler, errorOf, formRequest, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

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
    const response = await createTestHandler(stripe(), { getCustomerId })(request);

    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await errorOf(response)).code).toBe('CROSS_SITE_REQUEST');
    expect(getCustomerId).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('cross-site'),
      expect.objectContaining({ allowedOrigins: [APP_ORIGIN] }),
    );
  });

  it.each([
    ['same-origin fetch', {}],
    ['Sec-Fetch-Site: same-origin without Origin', { origin: '' }],
    ['a non-browser client with neither header', { origin: '', 'sec-fetch-site': '' }],
    ['another allowed origin of the same site', { origin: 'https://www.example.com', 'sec-fetch-site': 'same-site' }],
  ])('lets through %s', async (_case, headers) => {
    const handler = createTestHandler(stripe(), { allowedOrigins: ['https://www.example.com'] });
    const response = await handler(jsonRequest({ flow: 'payment_method_update' }, { headers }));
    expect(response.status).toBe(200);
  });

  it('answers a cross-site form post with a 403 page, not a redirect', async () => {
    const response = await createTestHandler(stripe())(
      formRequest({ flow: 'payment_method_update' }, { headers: { origin: 'https://evil.com', 'sec-fetch-site': 'cross-site' } }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(stripe().calls()).toEqual([]);
  });
});

describe('createPortalHandler: fields only the server may set', () => {
  // Every spelling a client might try for a setting the server owns, in Stripe's snake_case and in camelCase.
  const serverSide: [string, unknown, RegExp][] = [
    ['customer', 'cus_bob', /from the server's auth \(getCustomerId\)/],
    ['customerId', 'cus_bob', /from the server's auth \(getCustomerId\)/],
    ['customer_id', 'cus_bob', /from the server's auth \(getCustomerId\)/],
    ['customer_account', 'acct_1', /from the server's auth \(getCustomerId\)/],
    ['customerAccount', 'acct_1', /from the server's auth \(getCustomerId\)/],
    ['configuration', 'bpc_evil', /chosen on the server \(the configuration option\)/],
    ['configurationId', 'bpc_evil', /chosen on the server \(the configuration option\)/],
    ['on_behalf_of', 'acct_evil', /set on the server \(the onBehalfOf option\)/],
    ['onBehalfOf', 'acct_evil', /set on the server \(the onBehalfOf option\)/],
    ['stripeAccount', 'acct_evil', /set on the server \(the onBehalfOf option\)/],
    ['coupon', 'FREE100', /the discounts and retentionCoupon options/],
    ['coupons', ['FREE100'], /the discounts and retentionCoupon options/],
    ['promotion_code', 'promo_1', /the discounts and retentionCoupon options/],
    ['promotionCode', 'promo_1', /the discounts and retentionCoupon options/],
    ['discounts', [{ coupon: 'FREE100' }], /the discounts and retentionCoupon options/],
    ['retention', { coupon: 'FREE100' }, /the discounts and retentionCoupon options/],
    ['retentionCoupon', 'FREE100', /the discounts and retentionCoupon options/],
    ['flow_data', { type: 'subscription_cancel', subscription_cancel: { subscription: 'sub_bob' } }, /built on the server/],
    ['flowData', { type: 'subscription_cancel' }, /built on the server/],
    ['type', 'subscription_cancel', /built on the server/],
    ['return_url', 'https://evil.com', /send returnTo; the server checks it against its allowed origins/],
    ['returnUrl', 'https://evil.com', /send returnTo; the server checks it against its allowed origins/],
    ['after_completion', { type: 'redirect' }, /set on the server \(afterCompletion, afterExpiration\)/],
    ['afterCompletion', { type: 'redirect' }, /set on the server \(afterCompletion, afterExpiration\)/],
    ['after_expiration', { recovery: { enabled: true } }, /set on the server \(afterCompletion, afterExpiration\)/],
    ['afterExpiration', { recovery: { enabled: true } }, /set on the server \(afterCompletion, afterExpiration\)/],
  ];

  it.each(serverSide)('refuses %s by name, saying where the setting lives', async (field, value, reason) => {
    const body = `{"flow":"payment_method_update",${JSON.stringify(field)}:${JSON.stringify(value)}}`;
    const response = await createTestHandler(stripe())(jsonRequest(body));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param: field });
    expect(error.message).toMatch(new RegExp(`^The field "${field}" cannot be sent: `));
    expect(error.message).toMatch(reason);
    expect(stripe().calls()).toEqual([]);
  });

  it.each([
    ['__proto__', { admin: true }],
    ['subscriptions', 'sub_alice'],
  ])('refuses the unknown field %s, listing the fields a portal request takes', async (field, value) => {
    const body = `{"flow":"payment_method_update",${JSON.stringify(field)}:${JSON.stringify(value)}}`;
    const error = await errorOf(await createTestHandler(stripe())(jsonRequest(body)));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param: field });
    expect(error.message).toBe(
      `Unknown field "${field}". A portal request takes only: flow, subscription, items, returnTo, locale.`,
    );
    expect(stripe().calls()).toEqual([]);
  });

  it('names a long unknown field by its first 100 characters, in param and message', async () => {
    const error = await errorOf(await createTestHandler(stripe())(jsonRequest({ ['x'.repeat(150)]: 1 })));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param: `${'x'.repeat(100)}…` });
    expect(error.message).toContain(`"${'x'.repeat(100)}…"`);
    expect(error.message).not.toContain('x'.repeat(101));
  });

  it('names an unknown field of exactly 100 characters in full', async () => {
    const error = await errorOf(await createTestHandler(stripe())(jsonRequest({ ['x'.repeat(100)]: 1 })));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param: 'x'.repeat(100) });
    expect(error.message).toContain(`"${'x'.repeat(100)}"`);
  });

  it('refuses the same fields in a form post', async () => {
    const response = await createTestHandler(stripe())(
      formRequest('flow=payment_method_update&customer=cus_bob', { headers: { accept: '*/*' } }),
    );
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param: 'customer' });
    expect(stripe().calls()).toEqual([]);
  });

  it.each([
    [
      { flow: 'payment_method_update', items: [{ id: 'si_alice', quantity: 2 }] },
      'items',
      /not used by the payment_method_update flow/,
    ],
    [{ flow: 'customer_update', subscription: 'sub_alice' }, 'subscription', /not used by the customer_update flow/],
    [
      { flow: 'subscription_cancel', subscription: 'sub_alice', items: [{ id: 'si_alice', quantity: 2 }] },
      'items',
      /subscription_update_confirm/,
    ],
    [{ subscription: 'sub_alice' }, 'subscription', /portal homepage/],
  ])('refuses %j: a field that does not belong to the flow', async (body, param, message) => {
    const error = await errorOf(await createTestHandler(stripe())(jsonRequest(body)));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param });
    expect(error.message).toMatch(message);
    expect(stripe().calls()).toEqual([]);
  });

  it('lists the flows that take a field it refuses', async () => {
    const body = { flow: 'customer_update', subscription: 'sub_alice' };
    const error = await errorOf(await createTestHandler(stripe())(jsonRequest(body)));
    const flows = SUBSCRIPTION_FLOWS.join(', ');
    expect(error.message).toBe(`subscription is not used by the customer_update flow; only ${flows} take it.`);
    expect(SUBSCRIPTION_FLOWS.length).toBeGreaterThan(1);
  });
});

describe('createPortalHandler: ownership, against real subscriptions of two customers', () => {
  it("answers someone else's subscription and a missing one with the same 404, and creates no session", async () => {
    const handler = createTestHandler(stripe());
    const others = await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_bob' }));
    const missing = await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_nobody' }));

    expect(others.status).toBe(404);
    expect(missing.status).toBe(404);
    const [othersBody, missingBody] = [await others.text(), await missing.text()];
    expect(othersBody).toBe(missingBody);
    expect(JSON.parse(othersBody)).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: 'No subscription with this ID belongs to the signed-in customer.',
        param: 'subscription',
      },
    });
    expect(stripe().calls()).toEqual(['GET /v1/subscriptions/sub_bob', 'GET /v1/subscriptions/sub_nobody']);
    expect(stripe().sessions()).toEqual([]);
  });

  it.each(['subscription_update', 'subscription_pause', 'subscription_update_confirm'])(
    'checks ownership for %s too',
    async (flow) => {
      const items = flow === 'subscription_update_confirm' ? [{ id: 'si_bob', quantity: 2 }] : undefined;
      const response = await createTestHandler(stripe())(jsonRequest({ flow, subscription: 'sub_bob', items }));
      expect(response.status).toBe(404);
      expect(stripe().calls()).toEqual(['GET /v1/subscriptions/sub_bob']);
      expect(stripe().sessions()).toEqual([]);
    },
  );

  it("refuses an update-confirm item of another subscription, even the customer's own", async () => {
    for (const item of ['si_bob', 'si_alice_ending']) {
      const body = { flow: 'subscription_update_confirm', subscription: 'sub_alice', items: [{ id: item, quantity: 2 }] };
      const response = await createTestHandler(stripe())(jsonRequest(body));
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toMatchObject({ code: 'NOT_FOUND', param: 'items[0].id' });
    }
    expect(stripe().sessions()).toEqual([]);
  });

  it('uses the customer from getCustomerId, never from the request', async () => {
    const handler = createTestHandler(stripe(), { getCustomerId: () => 'cus_bob' });
    expect((await handler(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_bob' }))).status).toBe(200);
    expect(stripe().onlySession()).toMatchObject({
      customer: 'cus_bob',
      flow: { subscription_cancel: { subscription: 'sub_bob' } },
    });
  });
});
