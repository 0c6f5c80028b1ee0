import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { describeStripeError, mapStripeError } from './map-stripe-error';

const { StripeAPIError, StripeConnectionError, StripeIdempotencyError, StripeInvalidRequestError, StripeRateLimitError } = Stripe.errors;

// The handler tests drive Stripe's real refusals through the SDK and the emulator, and outages through a
// fake Stripe; these cover the rest of the table.
describe('mapStripeError', () => {
  it.each([
    ['a connection refused', new StripeConnectionError({ message: 'x', detail: { code: 'ECONNREFUSED' } } as never), 'retrieve_subscription', 'STRIPE_UNAVAILABLE', undefined],
    ['a body that was not Stripe JSON', new StripeAPIError({ message: 'Invalid JSON received from the Stripe API' }), 'create_session', 'STRIPE_UNAVAILABLE', undefined],
    ['an idempotency clash', new StripeIdempotencyError({ statusCode: 400, message: 'Keys for idempotent requests can only be used with the same parameters' }), 'create_session', 'INTERNAL_ERROR', undefined],
    ['a missing subscription named in flow_data', new StripeInvalidRequestError({ statusCode: 400, code: 'resource_missing', param: 'flow_data[subscription_update][subscription]', message: 'x' }), 'create_session', 'NOT_FOUND', 'subscription'],
    ['a connected account Stripe refuses', new StripeInvalidRequestError({ statusCode: 400, code: 'resource_missing', param: 'on_behalf_of', message: 'x' }), 'create_session', 'SERVER_MISCONFIGURED', undefined],
    ['a parameter this API version lacks', new StripeInvalidRequestError({ statusCode: 400, code: 'parameter_unknown', param: 'after_expiration', message: 'Received unknown parameter: after_expiration' }), 'create_session', 'SERVER_MISCONFIGURED', undefined],
    ['an unknown discount', new StripeInvalidRequestError({ statusCode: 400, code: 'resource_missing', param: 'flow_data[subscription_update_confirm][discounts][0][coupon]', message: 'x' }), 'create_session', 'SERVER_MISCONFIGURED', undefined],
    ['the older not-configured wording', new StripeInvalidRequestError({ statusCode: 400, message: 'You can’t create a portal session in test mode until you save your customer portal settings in test mode at https://dashboard.stripe.com/test/settings/billing/portal.' }), 'create_session', 'PORTAL_NOT_CONFIGURED', undefined],
    ['something that is not a Stripe error', new TypeError('undefined is not a function'), 'create_session', 'INTERNAL_ERROR', undefined],
  ] as const)('maps %s', (_case, error, operation, code, param) => {
    const mapped = mapStripeError(error, operation);
    expect(mapped).toMatchObject({ code, param });
    expect(mapped.cause).toBe(error);
    if ('message' in error) expect(mapped.message).not.toBe(error.message);
  });

  it("takes Retry-After from Stripe's answer when there is one", () => {
    const limited = new StripeRateLimitError({ statusCode: 429, message: 'x', headers: { 'retry-after': '7' } } as never);
    expect(mapStripeError(limited, 'create_session').retryAfter).toBe(7);
  });

  it('describes a Stripe error for the log, with its own message', () => {
    const error = new StripeInvalidRequestError({ statusCode: 400, code: 'url_invalid', param: 'return_url', message: 'Not a valid URL', requestId: 'req_1' } as never);
    expect(describeStripeError(error)).toEqual({
      stripeErrorClass: 'StripeInvalidRequestError',
      stripeErrorType: undefined,
      stripeCode: 'url_invalid',
      stripeParam: 'return_url',
      statusCode: 400,
      requestId: 'req_1',
      stripeMessage: 'Not a valid URL',
      networkCode: undefined,
    });
  });
});
