import { BillingError } from '@portalkit/protocol';
import { describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { APP_ORIGIN, HANDLER_URL, createTestHandler, errorOf, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

const SUB = { flow: 'subscription_update_confirm', subscription: 'sub_alice' };

describe('createPortalHandler: what is refused before any network call', () => {
  it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow: POST', async (method) => {
    const response = await createTestHandler(stripe())(jsonRequest({}, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await errorOf(response)).code).toBe('METHOD_NOT_ALLOWED');
    expect(stripe().calls()).toEqual([]);
  });

  it.each([
    ['text/plain', 'flow=payment_method_update'],
    ['multipart/form-data; boundary=x', '--x--'],
    ['application/json; charset=iso-8859-1', '{}'],
    ['application/xml', '<portal/>'],
  ])('answers Content-Type %s with 415', async (contentType, body) => {
    const response = await createTestHandler(stripe())(jsonRequest(body, { headers: { 'content-type': contentType } }));
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(stripe().calls()).toEqual([]);
  });

  it('accepts the utf8 spelling of the charset', async () => {
    const response = await createTestHandler(stripe())(
      jsonRequest({}, { headers: { 'content-type': 'application/json; charset=UTF8' } }),
    );
    expect(response.status).toBe(200);
  });

  it('answers a compressed body with 415', async () => {
    const response = await createTestHandler(stripe())(jsonRequest({}, { headers: { 'content-encoding': 'gzip' } }));
    expect(response.status).toBe(415);
  });

  it('takes a POST with no body and no Content-Type as a request for the portal homepage', async () => {
    const request = new Request(HANDLER_URL, { method: 'POST', headers: { origin: APP_ORIGIN } });
    const response = await createTestHandler(stripe())(request);
    expect(response.status).toBe(200);
    expect(stripe().onlySession().flow).toBeNull();
  });

  it('refuses a body over 8 KiB with 413, and accepts one of exactly 8 KiB', async () => {
    const json = JSON.stringify({ flow: 'payment_method_update' });
    const handler = createTestHandler(stripe());
    const tooLarge = await handler(jsonRequest(json.padEnd(8 * 1024 + 1, ' ')));
    expect(tooLarge.status).toBe(413);
    expect((await errorOf(tooLarge)).code).toBe('PAYLOAD_TOO_LARGE');
    expect(stripe().calls()).toEqual([]);
    expect((await handler(jsonRequest(json.padEnd(8 * 1024, ' ')))).status).toBe(200);
  });

  it('stops reading a streamed body without Content-Length at the limit', async () => {
    let pulled = 0;
    let cancelled = false;
    // An endless chunked body: a handler that read it all would never answer.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request(HANDLER_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: APP_ORIGIN },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await createTestHandler(stripe())(request);
    expect(response.status).toBe(413);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(16);
  });

  it('refuses a body longer than the Content-Length it declares', async () => {
    // Servers cut a body at its declared length; a Request built in app code may still disagree with it.
    const request = jsonRequest(JSON.stringify({ returnTo: `/account?${'x'.repeat(9 * 1024)}` }), {
      headers: { 'content-length': '20' },
    });
    const response = await createTestHandler(stripe())(request);
    expect(response.status).toBe(413);
    expect(stripe().calls()).toEqual([]);
  });

  it('counts the limit in UTF-8 bytes, not characters', async () => {
    // 3,000 characters, 9,000 bytes: under the limit as a string, over it on the wire.
    const returnTo = `/account?${'€'.repeat(3000)}`;
    const request = jsonRequest(JSON.stringify({ returnTo }), { headers: { 'content-length': '20' } });
    const response = await createTestHandler(stripe())(request);
    expect(response.status).toBe(413);
    expect(stripe().calls()).toEqual([]);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const request = jsonRequest({}, { headers: { 'content-length': String(64 * 1024) } });
    const response = await createTestHandler(stripe())(request);
    expect(response.status).toBe(413);
    expect(request.bodyUsed).toBe(false);
  });

  it.each([null, undefined])('answers 401 when getCustomerId returns %s, without calling Stripe', async (customer) => {
    const response = await createTestHandler(stripe(), { getCustomerId: () => customer })(
      jsonRequest({ flow: 'payment_method_update' }),
    );
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(stripe().calls()).toEqual([]);
  });

  it('passes on a BillingError thrown by getCustomerId', async () => {
    const getCustomerId = () => {
      throw new BillingError('UNAUTHENTICATED', 'Session expired.');
    };
    const response = await createTestHandler(stripe(), { getCustomerId })(jsonRequest({}));
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({ code: 'UNAUTHENTICATED', message: 'Session expired.' });
  });

  it('answers 500 when getCustomerId returns something that is not a customer ID, and logs why', async () => {
    const error = vi.spyOn(console, 'error');
    const response = await createTestHandler(stripe(), { getCustomerId: () => 'user_42' })(jsonRequest({}));
    expect(response.status).toBe(500);
    expect((await errorOf(response)).code).toBe('SERVER_MISCONFIGURED');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('not a Stripe customer ID'), { type: 'string', length: 7 });
    expect(stripe().calls()).toEqual([]);
  });

  it.each([
    [{ flow: 'subscription_explode' }, 'flow', /payment_method_update, subscription_cancel, .*subscription_pause/],
    [{ flow: 42 }, 'flow', /flow must be one of/],
    [{ flow: 'subscription_cancel' }, 'subscription', /required/],
    [{ flow: 'subscription_cancel', subscription: 'cus_alice' }, 'subscription', /sub_/],
    [{ flow: 'subscription_cancel', subscription: `sub_${'a'.repeat(4997)}` }, 'subscription', /5000/],
    [{ flow: 'subscription_cancel', subscription: 'sub_../../v1/customers' }, 'subscription', /sub_/],
    [{ ...SUB }, 'items', /required/],
    [{ ...SUB, items: [] }, 'items', /exactly one/],
    [
      {
        ...SUB,
        items: [
          { id: 'si_1', quantity: 1 },
          { id: 'si_2', quantity: 1 },
        ],
      },
      'items',
      /exactly one/,
    ],
    [{ ...SUB, items: { id: 'si_1' } }, 'items', /exactly one/],
    [{ ...SUB, items: ['si_1'] }, 'items[0]', /object/],
    [{ ...SUB, items: [{ quantity: 2 }] }, 'items[0].id', /si_/],
    [{ ...SUB, items: [{ id: 'sub_1', quantity: 2 }] }, 'items[0].id', /si_/],
    [{ ...SUB, items: [{ id: 'si_1', price: 'prod_1' }] }, 'items[0].price', /price_/],
    [{ ...SUB, items: [{ id: 'si_1', quantity: 0 }] }, 'items[0].quantity', /whole number/],
    [{ ...SUB, items: [{ id: 'si_1', quantity: 1.5 }] }, 'items[0].quantity', /whole number/],
    [{ ...SUB, items: [{ id: 'si_1', quantity: '2' }] }, 'items[0].quantity', /whole number/],
    [{ ...SUB, items: [{ id: 'si_1', quantity: 1_000_001 }] }, 'items[0].quantity', /1000000/],
    [{ ...SUB, items: [{ id: 'si_1' }] }, 'items[0]', /price, quantity or both/],
    [{ ...SUB, items: [{ id: 'si_1', quantity: 1, coupon: 'FREE' }] }, 'items[0].coupon', /only id, price and quantity/],
    [{ ...SUB, items: [{ id: 'si_1', price: 'price_enterprise' }] }, 'items[0].price', /not one of the prices/],
    [{ locale: 'xx-YY' }, 'locale', /portal locales/],
    [{ returnTo: 42 }, 'returnTo', /string/],
    [{ returnTo: `/${'a'.repeat(5000)}` }, 'returnTo', /5000/],
  ])('refuses %j with 400 naming %s', async (body, param, message) => {
    const response = await createTestHandler(stripe(), { allowedPrices: ['price_pro'] })(jsonRequest(body));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param });
    expect(error.message).toMatch(message);
    expect(stripe().calls()).toEqual([]);
  });

  it('refuses a price when the server lists no allowed prices, saying where to list them', async () => {
    const body = { ...SUB, items: [{ id: 'si_alice', price: 'price_pro' }] };
    const error = await errorOf(await createTestHandler(stripe())(jsonRequest(body)));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param: 'items[0].price' });
    expect(error.message).toContain('allowedPrices');
  });

  it.each([
    ['[]', /must be an object/],
    ['"payment_method_update"', /must be an object/],
    ['null', /must be an object/],
    ['{"flow":', /not valid JSON/],
  ])('refuses the JSON body %s with 400', async (body, message) => {
    const response = await createTestHandler(stripe())(jsonRequest(body));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(message);
  });

  // A body with a declared length is read in one go, one without (chunked) as a stream: both must refuse.
  it.each([
    ['streamed', {}],
    ['with a declared length', { 'content-length': '4' }],
  ])('refuses a body that is not UTF-8, %s', async (_reading, lengthHeader) => {
    const request = new Request(HANDLER_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: APP_ORIGIN, ...lengthHeader },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    const response = await createTestHandler(stripe())(request);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/UTF-8/);
    expect(stripe().calls()).toEqual([]);
  });

  it('refuses U+FFFD, what bytes that were not UTF-8 decode to, and accepts other non-ASCII text', async () => {
    const handler = createTestHandler(stripe());
    const replaced = await handler(jsonRequest(JSON.stringify({ flow: 'payment_method_update', returnTo: '/konto/\uFFFD' })));
    expect(replaced.status).toBe(400);
    expect((await errorOf(replaced)).message).toMatch(/UTF-8/);
    const accented = await handler(jsonRequest(JSON.stringify({ flow: 'payment_method_update', returnTo: '/konto/übersicht' })));
    expect(accented.status).toBe(200);
  });
});
