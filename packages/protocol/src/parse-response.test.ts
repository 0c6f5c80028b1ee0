import { describe, expect, it } from 'vitest';
import { isBillingError } from './billing-error';
import { parsePortalResponse } from './parse-response';

function errorOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isBillingError(error)) return error;
    throw error;
  }
  throw new Error('expected a BillingError');
}

describe('parsePortalResponse', () => {
  it('returns the URL of a success body', () => {
    expect(parsePortalResponse(200, { url: 'https://billing.stripe.com/p/session/test_1' })).toEqual({
      url: 'https://billing.stripe.com/p/session/test_1',
    });
  });

  it('refuses a success body whose URL is not http(s)', () => {
    expect(errorOf(() => parsePortalResponse(200, { url: 'javascript:alert(1)' })).code).toBe('NETWORK_ERROR');
    expect(errorOf(() => parsePortalResponse(200, { ok: true })).code).toBe('NETWORK_ERROR');
  });

  it('turns our error body into a BillingError with param and Retry-After', () => {
    const error = errorOf(() =>
      parsePortalResponse(429, { error: { code: 'RATE_LIMITED', message: 'Stripe is rate limiting', param: 'x' } }, '7'),
    );
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, param: 'x', retryAfter: 7, retryable: true });
  });

  it('does not pass on bodies that are not ours, such as a proxy error page', () => {
    expect(errorOf(() => parsePortalResponse(502, null)).code).toBe('NETWORK_ERROR');
    expect(errorOf(() => parsePortalResponse(500, { error: { code: 'SOMETHING_ELSE', message: 'x' } })).code).toBe(
      'NETWORK_ERROR',
    );
  });
});
