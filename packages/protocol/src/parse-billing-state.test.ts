import { describe, expect, it } from 'vitest';
import { BillingError } from './billing-error';
import { parseBillingStateResponse } from './parse-billing-state';

const STATE = { version: '7', changed: true, subscriptions: [], defaultPaymentMethod: null, openInvoices: [] };

describe('parseBillingStateResponse', () => {
  it('returns the state of a successful answer', () => {
    expect(parseBillingStateResponse(200, STATE)).toEqual(STATE);
  });

  it("throws the server's error, with its field and retry hint", () => {
    const body = { error: { code: 'RATE_LIMITED', message: 'Slow down.', param: 'since' } };
    const error = (() => {
      try {
        parseBillingStateResponse(429, body, '3');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(BillingError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', message: 'Slow down.', param: 'since', retryAfter: 3 });
  });

  it.each([
    ['a success without a version', 200, { ...STATE, version: 7 }],
    ['a success without subscriptions', 200, { version: '7', openInvoices: [] }],
    ["a proxy's HTML page", 502, null],
    ['an error body with an unknown code', 500, { error: { code: 'TEAPOT', message: 'no' } }],
  ])('calls %s a network error', (_, status, body) => {
    expect(() => parseBillingStateResponse(status, body)).toThrow(expect.objectContaining({ code: 'NETWORK_ERROR' }));
  });
});
