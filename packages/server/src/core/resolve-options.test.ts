import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createPortalHandler } from './create-portal-handler';
import type { PortalHandlerOptions } from './portal-handler-options';

// Never contacted: creating a handler makes no network call.
const stripe = new Stripe('sk_test_unused', { host: '127.0.0.1', port: 9, protocol: 'http' });
const valid: PortalHandlerOptions = {
  stripe,
  getCustomerId: () => 'cus_1',
  returnUrl: 'https://app.example.com/account',
};

function setupErrorOf(options: Record<string, unknown>): string {
  try {
    createPortalHandler({ ...valid, ...options } as PortalHandlerOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('expected a setup error');
}

describe('createPortalHandler: options are checked when the app starts', () => {
  it('accepts the three required options and every optional one', () => {
    const handler = createPortalHandler({
      ...valid,
      allowedOrigins: ['https://www.example.com', 'http://localhost:3000/'],
      returnOrigins: ['https://marketing.example.com'],
      bodyTimeoutMs: 5_000,
      configuration: 'bpc_1',
      locale: 'en-GB',
      onBehalfOf: 'acct_1',
      afterCompletion: { payment_method_update: { type: 'hosted_confirmation', message: 'x'.repeat(500) } },
      retentionCoupon: 'STAY',
      discounts: [{ coupon: 'UP' }, { promotionCode: 'promo_1' }],
      allowedPrices: ['price_1'],
      afterExpiration: { type: 'customer_login', expiresInSeconds: 86_400 },
      logger: console,
      onSessionCreated: () => undefined,
    });
    expect(handler).toBeTypeOf('function');
  });

  it.each([
    [{ stripe: undefined }, /pass stripe, a Stripe client your app built/],
    [{ stripe: {} }, /pass stripe/],
    [{ getCustomerId: undefined }, /pass getCustomerId/],
    [{ getCustomerId: 'cus_1' }, /pass getCustomerId/],
    [{ returnUrl: undefined }, /pass returnUrl, the absolute http\(s\) URL/],
    [{ returnUrl: `${undefined}/account` }, /pass returnUrl.*; got "undefined\/account"\.$/],
    [{ returnUrl: 'x'.repeat(200) }, /got "x{78}…\.$/],
    [{ returnUrl: '/account' }, /pass returnUrl/],
    [{ returnUrl: 'javascript:alert(1)' }, /pass returnUrl/],
    [{ returnUrl: 'ftp://app.example.com/' }, /pass returnUrl/],
    [{ returnUrl: 'https://user:pw@app.example.com/' }, /no user name or password/],
    [{ returnUrl: 'https://app.example.com//evil.com' }, /returnUrl must not have a path that starts with "\/\/"/],
    [{ returnUrl: 'https://app.example.com/a/..//evil.com' }, /got the path "\/\/evil.com"/],
    [{ returnUrl: 'https://app.example.com/%2e//evil.com' }, /returnUrl must not have a path/],
    [{ returnUrl: 'https://app.example.com/.%2E//evil.com?x=1' }, /returnUrl must not have a path/],
    [{ returnUrl: 'https://app.example.com/%2F%2Fevil.com' }, /pass returnUrl/],
    [{ returnUrl: 'https://app.example.com/\t/evil.com' }, /pass returnUrl/],
    [{ allowedOrigins: ['*'] }, /allowedOrigins takes origins such as "https:\/\/app.example.com"/],
    [{ allowedOrigins: ['https://app.example.com/account'] }, /no path/],
    [{ allowedOrigins: ['app.example.com'] }, /allowedOrigins/],
    [{ allowedOrigins: 'https://app.example.com' }, /allowedOrigins must be an array/],
    [
      { returnOrigins: ['https://www.example.com/pricing'] },
      /returnOrigins takes origins such as "https:\/\/app.example.com" \(scheme, host and port, no path\)/,
    ],
    [{ returnOrigins: ['*'] }, /returnOrigins takes origins/],
    [{ returnOrigins: 'https://www.example.com' }, /returnOrigins must be an array/],
    [{ bodyTimeoutMs: 0 }, /bodyTimeoutMs must be a positive number of milliseconds/],
    [{ bodyTimeoutMs: -1 }, /bodyTimeoutMs/],
    [{ bodyTimeoutMs: Number.NaN }, /bodyTimeoutMs/],
    [{ bodyTimeoutMs: Number.POSITIVE_INFINITY }, /bodyTimeoutMs/],
    [{ bodyTimeoutMs: 2 ** 31 }, /at most 2147483647/],
    [{ bodyTimeoutMs: '10s' }, /bodyTimeoutMs/],
    [{ configuration: 'default' }, /bpc_/],
    [{ locale: 'xx' }, /portal locales/],
    [{ onBehalfOf: 'cus_1' }, /acct_/],
    [{ retentionCoupon: '' }, /retentionCoupon/],
    [{ afterCompletion: { checkout: { type: 'redirect' } } }, /"checkout" that is not a flow/],
    [{ afterCompletion: { customer_update: { type: 'close' } } }, /afterCompletion.customer_update.type/],
    [{ afterCompletion: { customer_update: { type: 'hosted_confirmation', message: 'x'.repeat(501) } } }, /at most 500/],
    [{ discounts: [{ coupon: 'A', promotionCode: 'promo_1' }] }, /discounts\[0\] must be either/],
    [{ discounts: [{ promotionCode: 'SUMMER' }] }, /promo_/],
    [{ allowedPrices: ['prod_1'] }, /price_/],
    [{ afterExpiration: { type: 'magic_link' } }, /customer_login/],
    [{ afterExpiration: { type: 'customer_login', expiresInSeconds: 0 } }, /positive whole number/],
    [{ logger: { log: () => undefined } }, /logger must have an error/],
    [{ onSessionCreated: 'yes' }, /onSessionCreated must be a function/],
    [{ returnURL: 'https://app.example.com' }, /unknown option "returnURL"/],
    [{ customerId: 'cus_1' }, /unknown option "customerId"/],
  ])('refuses %o with a setup error that says how to fix it', (options, message) => {
    const text = setupErrorOf(options);
    expect(text).toMatch(/^createPortalHandler\(\): /);
    expect(text).toMatch(message);
  });

  it('refuses a missing options object', () => {
    expect(() => createPortalHandler(undefined as unknown as PortalHandlerOptions)).toThrow(/pass an options object/);
  });
});
