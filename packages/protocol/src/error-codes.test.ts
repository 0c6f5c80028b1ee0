import { expect, it } from 'vitest';
import { ERROR_CODES, isBillingErrorCode } from './error-codes';

// The codes and statuses are a public contract: changing one breaks apps that switch on them.
it('keeps every code with its status and retryability', () => {
  expect(ERROR_CODES).toMatchInlineSnapshot(`
    {
      "ALREADY_SUBSCRIBED": {
        "retryable": false,
        "status": 409,
      },
      "CROSS_SITE_REQUEST": {
        "retryable": false,
        "status": 403,
      },
      "FLOW_UNAVAILABLE": {
        "retryable": false,
        "status": 409,
      },
      "INTERNAL_ERROR": {
        "retryable": false,
        "status": 500,
      },
      "INVALID_REQUEST": {
        "retryable": false,
        "status": 400,
      },
      "METHOD_NOT_ALLOWED": {
        "retryable": false,
        "status": 405,
      },
      "NETWORK_ERROR": {
        "retryable": true,
        "status": 0,
      },
      "NOT_FOUND": {
        "retryable": false,
        "status": 404,
      },
      "PAYLOAD_TOO_LARGE": {
        "retryable": false,
        "status": 413,
      },
      "PORTAL_NOT_CONFIGURED": {
        "retryable": false,
        "status": 500,
      },
      "RATE_LIMITED": {
        "retryable": true,
        "status": 429,
      },
      "SERVER_MISCONFIGURED": {
        "retryable": false,
        "status": 500,
      },
      "STRIPE_TIMEOUT": {
        "retryable": true,
        "status": 504,
      },
      "STRIPE_UNAVAILABLE": {
        "retryable": true,
        "status": 502,
      },
      "UNAUTHENTICATED": {
        "retryable": false,
        "status": 401,
      },
      "UNSUPPORTED_MEDIA_TYPE": {
        "retryable": false,
        "status": 415,
      },
    }
  `);
});

it('does not take inherited object keys for codes', () => {
  expect(isBillingErrorCode('NOT_FOUND')).toBe(true);
  expect(isBillingErrorCode('toString')).toBe(false);
  expect(isBillingErrorCode('__proto__')).toBe(false);
});
