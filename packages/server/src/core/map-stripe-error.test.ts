import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { describeStripeError, mapStripeError, MAX_LOGGED_MESSAGE_LENGTH } from './map-stripe-error';

const {
  StripeAPIError,
  StripeAuthenticationError,
  StripeConnectionError,
  StripeIdempotencyError,
  StripeInvalidRequestError,
  StripeRateLimitError,
} = Stripe.errors;
const RETURN_URL_MESSAGE = 'Stripe refused the return URL. Check returnUrl and allowedOrigins in createPortalHandler().';

// The handler tests drive Stripe's real refusals through the SDK and the emulator, and outages through a
// fake Stripe; these cover the rest of the table.
describe('mapStripeError', () => {
  it.each([
    [
      'a connection refused',
      new StripeConnectionError({ message: 'x', detail: { code: 'ECONNREFUSED' } } as never),
      'retrieve_subscription',
      'STRIPE_UNAVAILABLE',
      undefined,
    ],
    [
      'a body that was not Stripe JSON',
      new StripeAPIError({ message: 'Invalid JSON received from the Stripe API' }),
      'create_session',
      'STRIPE_UNAVAILABLE',
      undefined,
    ],
    [
      'an idempotency clash',
      new StripeIdempotencyError({
        statusCode: 400,
        message: 'Keys for idempotent requests can only be used with the same parameters',
      }),
      'create_session',
      'INTERNAL_ERROR',
      undefined,
    ],
    [
      'an idempotency key still in flight when creating a customer (another process)',
      new StripeIdempotencyError({
        statusCode: 409,
        message: 'There is currently another in-progress request using this Idempotent Key',
      }),
      'create_customer',
      'STRIPE_UNAVAILABLE',
      undefined,
    ],
    [
      'an idempotency key reused with other customer details',
      new StripeIdempotencyError({
        statusCode: 400,
        message: 'Keys for idempotent requests can only be used with the same parameters',
      }),
      'create_customer',
      'SERVER_MISCONFIGURED',
      undefined,
    ],
    [
      'a missing subscription named in flow_data',
      new StripeInvalidRequestError({
        statusCode: 400,
        code: 'resource_missing',
        param: 'flow_data[subscription_update][subscription]',
        message: 'x',
      }),
      'create_session',
      'NOT_FOUND',
      'subscription',
    ],
    [
      'a connected account Stripe refuses',
      new StripeInvalidRequestError({ statusCode: 400, code: 'resource_missing', param: 'on_behalf_of', message: 'x' }),
      'create_session',
      'SERVER_MISCONFIGURED',
      undefined,
    ],
    [
      'a parameter this API version lacks',
      new StripeInvalidRequestError({
        statusCode: 400,
        code: 'parameter_unknown',
        param: 'after_expiration',
        message: 'Received unknown parameter: after_expiration',
      }),
      'create_session',
      'SERVER_MISCONFIGURED',
      undefined,
    ],
    [
      'an unknown discount',
      new StripeInvalidRequestError({
        statusCode: 400,
        code: 'resource_missing',
        param: 'flow_data[subscription_update_confirm][discounts][0][coupon]',
        message: 'x',
      }),
      'create_session',
      'SERVER_MISCONFIGURED',
      undefined,
    ],
    [
      'the older not-configured wording',
      new StripeInvalidRequestError({
        statusCode: 400,
        message:
          'You can’t create a portal session in test mode until you save your customer portal settings in test mode at https://dashboard.stripe.com/test/settings/billing/portal.',
      }),
      'create_session',
      'PORTAL_NOT_CONFIGURED',
      undefined,
    ],
    [
      'something that is not a Stripe error',
      new TypeError('undefined is not a function'),
      'create_session',
      'INTERNAL_ERROR',
      undefined,
    ],
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

  it.each([
    ['1', 1],
    ['3600', 3600],
    ['0', 2],
    ['3601', 2],
    ['1.5', 2],
    ['-5', 2],
    ['soon', 2],
    [undefined, 2],
  ])('takes Retry-After %j as %i seconds: whole seconds up to an hour, else the default', (header, seconds) => {
    const headers = header === undefined ? {} : { 'retry-after': header };
    const limited = new StripeRateLimitError({ statusCode: 429, message: 'x', headers } as never);
    expect(mapStripeError(limited, 'create_session').retryAfter).toBe(seconds);
  });

  it.each([
    ['by its class alone', new StripeRateLimitError({ message: 'x' })],
    ['by its status alone', new StripeAPIError({ statusCode: 429, message: 'x' })],
  ])('knows a rate limit %s', (_case, error) => {
    expect(mapStripeError(error, 'create_session').code).toBe('RATE_LIMITED');
  });

  it('maps a connection failure that carries no detail as Stripe being unavailable', () => {
    const mapped = mapStripeError(new StripeConnectionError({ message: 'x' }), 'create_session');
    expect(mapped).toMatchObject({ code: 'STRIPE_UNAVAILABLE', retryAfter: 2 });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'boom'],
    ['a TypeError', new TypeError('x is not a function')],
    ['an object whose type is not text', { type: 42, message: 'x' }],
    ['an object whose type is not a Stripe class', { type: 'FetchError', message: 'x' }],
  ])('maps %s, which is not a Stripe error, to an internal error that keeps it as its cause', (_case, error) => {
    const mapped = mapStripeError(error, 'create_session');
    expect(mapped).toMatchObject({
      code: 'INTERNAL_ERROR',
      message: 'A Stripe call failed unexpectedly; the server log has the details.',
    });
    expect(mapped.cause).toBe(error);
  });

  it.each([
    ['a TypeError', new TypeError('x is not a function')],
    ['an object whose type is not a Stripe class', { type: 'FetchError', message: 'x', statusCode: 500 }],
  ])('describes %s, which is not a Stripe error, as itself, for the log', (_case, error) => {
    expect(describeStripeError(error)).toEqual({ error });
  });

  it.each(['success_url', 'cancel_url'])("maps Stripe's refusal of %s to a setup error naming the Checkout URLs", (param) => {
    const error = new StripeInvalidRequestError({ statusCode: 400, code: 'url_invalid', param, message: 'x' });
    expect(mapStripeError(error, 'create_checkout_session')).toMatchObject({
      code: 'SERVER_MISCONFIGURED',
      message: 'Stripe refused a Checkout URL. Check successUrl and cancelUrl in createCheckoutHandler().',
    });
  });

  it.each(['line_items[0][price]', 'price'])("maps Stripe's refusal of %s to a setup error naming the plans", (param) => {
    const error = new StripeInvalidRequestError({ statusCode: 400, code: 'resource_missing', param, message: 'x' });
    expect(mapStripeError(error, 'create_checkout_session')).toMatchObject({
      code: 'SERVER_MISCONFIGURED',
      message: expect.stringMatching(/^Stripe refused a plan's price .*Check plans in createCheckoutHandler\(\)\.$/),
    });
  });

  it('maps a failure of customer creation that is not an idempotency clash by what it is', () => {
    const error = new StripeAuthenticationError({ statusCode: 401, message: 'Invalid API Key provided: sk_test_***' });
    const mapped = mapStripeError(error, 'create_customer');
    expect(mapped.code).toBe('SERVER_MISCONFIGURED');
    expect(mapped.message).toBe(mapStripeError(error, 'create_session').message);
  });

  it('describes a Stripe error for the log, with its own message', () => {
    const error = new StripeInvalidRequestError({
      statusCode: 400,
      code: 'url_invalid',
      param: 'return_url',
      message: 'Not a valid URL',
      requestId: 'req_1',
    } as never);
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

  // Each half of every `||` on its own, so dropping either half fails a test.
  it.each([
    ['a rate-limit error without a status', new StripeRateLimitError({ message: 'x' }), 'create_session', 'RATE_LIMITED'],
    [
      'a 429 whose class is not the rate-limit one',
      new StripeAPIError({ statusCode: 429, message: 'x' }),
      'create_session',
      'RATE_LIMITED',
    ],
    [
      'a 500 on a request error',
      new StripeInvalidRequestError({ statusCode: 500, message: 'x' }),
      'create_session',
      'STRIPE_UNAVAILABLE',
    ],
    ['a 503', new StripeAPIError({ statusCode: 503, message: 'x' }), 'retrieve_subscription', 'STRIPE_UNAVAILABLE'],
    [
      'a 499, which is not 5xx',
      new StripeInvalidRequestError({ statusCode: 499, message: 'x' }),
      'create_session',
      'INTERNAL_ERROR',
    ],
    [
      'a connection timeout',
      new StripeConnectionError({ message: 'x', detail: { code: 'ETIMEDOUT' } } as never),
      'create_session',
      'STRIPE_TIMEOUT',
    ],
    [
      'resource_missing while retrieving the subscription, whatever the param',
      new StripeInvalidRequestError({ statusCode: 404, code: 'resource_missing', param: 'id', message: 'x' }),
      'retrieve_subscription',
      'NOT_FOUND',
    ],
    [
      "resource_missing naming a flow's subscription",
      new StripeInvalidRequestError({
        statusCode: 400,
        code: 'resource_missing',
        param: 'flow_data[subscription_cancel][subscription]',
        message: 'x',
      }),
      'create_session',
      'NOT_FOUND',
    ],
    [
      'resource_missing naming the customer',
      new StripeInvalidRequestError({ statusCode: 400, code: 'resource_missing', param: 'customer', message: 'x' }),
      'create_session',
      'SERVER_MISCONFIGURED',
    ],
    [
      'another code while retrieving the subscription',
      new StripeInvalidRequestError({ statusCode: 400, code: 'parameter_invalid_string', param: 'id', message: 'x' }),
      'retrieve_subscription',
      'INTERNAL_ERROR',
    ],
  ] as const)('maps %s', (_case, error, operation, code) => {
    expect(mapStripeError(error, operation).code).toBe(code);
  });

  it.each([
    ['url_invalid with no param', { code: 'url_invalid' }],
    ['return_url with another code', { code: 'parameter_invalid_string', param: 'return_url' }],
    ['an after-completion param with no code', { param: 'flow_data[after_completion][redirect][return_url]' }],
  ])('maps %s to a refused return URL', (_case, fields) => {
    const mapped = mapStripeError(new StripeInvalidRequestError({ statusCode: 400, message: 'x', ...fields }), 'create_session');
    expect(mapped).toMatchObject({ code: 'SERVER_MISCONFIGURED', message: RETURN_URL_MESSAGE });
  });

  it('cuts a long Stripe message for the log, and says it did', () => {
    // Stripe quotes the ID it was sent, and a signed-in customer chooses that ID.
    const message = `No such subscription: 'sub_${'A'.repeat(5000)}'`;
    const described = describeStripeError(
      new StripeInvalidRequestError({ statusCode: 404, code: 'resource_missing', param: 'id', message }),
    );
    const logged = described.stripeMessage as string;
    expect(logged.startsWith(message.slice(0, MAX_LOGGED_MESSAGE_LENGTH))).toBe(true);
    expect(logged.slice(MAX_LOGGED_MESSAGE_LENGTH)).toBe(`… [cut: ${message.length} characters in all]`);
    expect(MAX_LOGGED_MESSAGE_LENGTH).toBe(500);
  });

  it('logs a message of 500 characters whole, and never cuts through a surrogate pair', () => {
    const whole = 'x'.repeat(500);
    expect(describeStripeError(new StripeAPIError({ message: whole })).stripeMessage).toBe(whole);
    const emoji = `${'x'.repeat(499)}😀 and more`;
    const logged = describeStripeError(new StripeAPIError({ message: emoji })).stripeMessage as string;
    expect(logged.startsWith(`${'x'.repeat(499)}…`)).toBe(true);
    expect(logged).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('cuts a long message at 500 characters even when it holds a surrogate pair elsewhere', () => {
    const message = `😀${'x'.repeat(600)}`;
    const logged = describeStripeError(new StripeAPIError({ message })).stripeMessage as string;
    expect(logged).toBe(`${message.slice(0, 500)}… [cut: ${message.length} characters in all]`);
  });

  it.each([
    ['U+10000', '\u{10000}', 499],
    ['U+10FFFF', '\u{10ffff}', 499],
    ['U+FFFF', '\uffff', 500],
  ])('cuts a message with %s at its 500th character after %i characters', (_name, character, kept) => {
    const message = `${'x'.repeat(499)}${character}${'y'.repeat(100)}`;
    const logged = describeStripeError(new StripeAPIError({ message })).stripeMessage as string;
    expect(logged).toBe(`${message.slice(0, kept)}… [cut: ${message.length} characters in all]`);
  });
});
