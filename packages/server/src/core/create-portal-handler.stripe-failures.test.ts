import { describe, expect, it } from 'vitest';
import type { FakeFailure } from '../testing/fake-stripe';
import { createTestHandler, errorOf, jsonRequest } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';

const fake = useFakeStripe();

const CARD_FLOW = { flow: 'payment_method_update' };

function stripeError(status: number, error: Extract<FakeFailure, { kind: 'status' }>['error']): FakeFailure {
  return { kind: 'status', status, error };
}

/*
 * What the emulator cannot do on demand: fail, stall, drop the connection, or answer with an error it
 * has no reason to give. Stripe's real refusals are in create-portal-handler.stripe-refusals.test.ts.
 */
describe('createPortalHandler: when Stripe fails', () => {
  it('lets the SDK retry a 500 with the same Idempotency-Key, and succeeds', async () => {
    fake().fail('sessions', { kind: 'status', status: 500 }, 1);
    const response = await createTestHandler(fake(), {}, { maxNetworkRetries: 2 })(jsonRequest(CARD_FLOW));

    expect(response.status).toBe(200);
    const attempts = fake().requestsTo('sessions');
    expect(attempts).toHaveLength(2);
    const keys = attempts.map((attempt) => attempt.headers['idempotency-key']);
    expect(keys[0]).toMatch(/\S{10,}/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('answers 502 STRIPE_UNAVAILABLE with Retry-After when Stripe keeps failing after the retries', async () => {
    fake().fail('sessions', { kind: 'status', status: 503 });
    const response = await createTestHandler(fake(), {}, { maxNetworkRetries: 1 })(jsonRequest(CARD_FLOW));

    expect(response.status).toBe(502);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await errorOf(response)).code).toBe('STRIPE_UNAVAILABLE');
    expect(fake().requestsTo('sessions')).toHaveLength(2);
  });

  it('answers 429 RATE_LIMITED with Retry-After; the SDK does not retry a plain 429', async () => {
    fake().fail(
      'sessions',
      stripeError(429, { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests.' }),
    );
    const response = await createTestHandler(fake(), {}, { maxNetworkRetries: 2 })(jsonRequest(CARD_FLOW));

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect((await errorOf(response)).code).toBe('RATE_LIMITED');
    expect(fake().requestsTo('sessions')).toHaveLength(1);
  });

  it('lets the SDK retry a 429 that Stripe marks Stripe-Should-Retry: true', async () => {
    fake().fail(
      'sessions',
      { kind: 'status', status: 429, shouldRetry: true, error: { message: 'Lock timeout.', code: 'lock_timeout' } },
      1,
    );
    const response = await createTestHandler(fake(), {}, { maxNetworkRetries: 1 })(jsonRequest(CARD_FLOW));
    expect(response.status).toBe(200);
    expect(fake().requestsTo('sessions')).toHaveLength(2);
  });

  it('answers 504 STRIPE_TIMEOUT when Stripe does not answer in time', async () => {
    fake().fail('sessions', { kind: 'hang' });
    const response = await createTestHandler(fake(), {}, { timeout: 150 })(jsonRequest(CARD_FLOW));
    expect(response.status).toBe(504);
    expect(response.headers.get('retry-after')).toBe('2');
    expect((await errorOf(response)).code).toBe('STRIPE_TIMEOUT');
  });

  it('survives one connection reset (the SDK retries it) and answers 502 when resets continue', async () => {
    fake().fail('sessions', { kind: 'reset' }, 1);
    expect((await createTestHandler(fake())(jsonRequest(CARD_FLOW))).status).toBe(200);
    expect(fake().requestsTo('sessions')).toHaveLength(2);

    fake().reset();
    fake().fail('sessions', { kind: 'reset' });
    const response = await createTestHandler(fake())(jsonRequest(CARD_FLOW));
    expect(response.status).toBe(502);
    expect((await errorOf(response)).code).toBe('STRIPE_UNAVAILABLE');
  });

  it('answers 502 when the ownership lookup fails, and creates no session', async () => {
    fake().fail('subscriptions', { kind: 'status', status: 500 });
    const response = await createTestHandler(fake())(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_alice' }));
    expect(response.status).toBe(502);
    expect(fake().requestsTo('sessions')).toHaveLength(0);
  });

  it.each([
    // The handler only sends absolute http(s) URLs, which the emulator accepts; Stripe may be stricter.
    [
      'a return URL Stripe refuses',
      400,
      { code: 'url_invalid', param: 'return_url', message: 'Not a valid URL' },
      500,
      'SERVER_MISCONFIGURED',
    ],
    [
      'a permission error',
      403,
      { message: 'The provided key does not have the required permissions.' },
      500,
      'SERVER_MISCONFIGURED',
    ],
    ['an error nobody planned for', 400, { message: 'Something odd.' }, 500, 'INTERNAL_ERROR'],
  ] as const)('maps %s', async (_case, status, error, expectedStatus, code) => {
    fake().fail('sessions', stripeError(status, error));
    const response = await createTestHandler(fake())(jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_alice' }));
    expect(response.status).toBe(expectedStatus);
    expect((await errorOf(response)).code).toBe(code);
  });
});
