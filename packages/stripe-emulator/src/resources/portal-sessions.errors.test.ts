import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { rejectionOf, startEmulator, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator();

const base = { customer: DEMO_IDS.customers.active, return_url: 'http://localhost:3000/account' };
const create = (params: Record<string, unknown>) =>
  running().stripe.billingPortal.sessions.create(params as Stripe.BillingPortal.SessionCreateParams);
const errorOf = (params: Record<string, unknown>) => rejectionOf(create(params));

describe('portal session parameter errors (StripeInvalidRequestError, 400)', () => {
  it.each([
    ['unknown top-level param', { ...base, colour: 'red' }, 'parameter_unknown', 'colour', 'Received unknown parameter: colour'],
    [
      'unknown nested param',
      { ...base, flow_data: { type: 'payment_method_update', extra: 1 } },
      'parameter_unknown',
      'flow_data[extra]',
      'Received unknown parameter: flow_data[extra]',
    ],
    ['no customer', { return_url: base.return_url }, 'parameter_missing', 'customer', 'Missing required param: customer.'],
    [
      'flow_data without type',
      { ...base, flow_data: { after_completion: { type: 'portal_homepage' } } },
      'parameter_missing',
      'flow_data[type]',
      'Missing required param: flow_data[type].',
    ],
    [
      'redirect without return_url',
      { ...base, flow_data: { type: 'payment_method_update', after_completion: { type: 'redirect' } } },
      'parameter_missing',
      'flow_data[after_completion][redirect][return_url]',
      undefined,
    ],
    ['empty customer', { ...base, customer: '' }, 'parameter_invalid_empty', 'customer', undefined],
    [
      'quantity not an integer',
      {
        ...base,
        flow_data: {
          type: 'subscription_update_confirm',
          subscription_update_confirm: {
            subscription: DEMO_IDS.subscriptions.active,
            items: [{ id: DEMO_IDS.items.active, quantity: 'two' }],
          },
        },
      },
      'parameter_invalid_integer',
      'flow_data[subscription_update_confirm][items][0][quantity]',
      'Invalid integer: two',
    ],
    ['unknown customer', { ...base, customer: 'cus_nobody' }, 'resource_missing', 'customer', "No such customer: 'cus_nobody'"],
    [
      'unknown configuration',
      { ...base, configuration: 'bpc_nothing' },
      'resource_missing',
      'configuration',
      "No such configuration: 'bpc_nothing'",
    ],
    ['bad return_url', { ...base, return_url: 'not a url' }, 'url_invalid', 'return_url', 'Not a valid URL'],
    ['javascript: return_url', { ...base, return_url: 'javascript:alert(1)' }, 'url_invalid', 'return_url', 'Not a valid URL'],
    [
      'bad redirect URL',
      {
        ...base,
        flow_data: {
          type: 'payment_method_update',
          after_completion: { type: 'redirect', redirect: { return_url: '/relative' } },
        },
      },
      'url_invalid',
      'flow_data[after_completion][redirect][return_url]',
      'Not a valid URL',
    ],
  ])('%s', async (_name, params, code, param, message) => {
    const error = await errorOf(params);
    expect(error.type).toBe('StripeInvalidRequestError');
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe(code);
    expect(error.param).toBe(param);
    if (message) expect(error.message).toBe(message);
    expect((error.raw as { doc_url?: string }).doc_url).toBe(`https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}`);
  });

  it('refuses values outside an enum: locale, flow type, after_completion type', async () => {
    expect(await errorOf({ ...base, locale: 'xx' })).toMatchObject({
      param: 'locale',
      message: expect.stringMatching(/^Invalid locale: must be one of auto, bg, /),
    });
    expect(await errorOf({ ...base, flow_data: { type: 'refund' } })).toMatchObject({
      param: 'flow_data[type]',
      message: expect.stringContaining('subscription_pause'),
    });
    expect((await errorOf({ ...base, flow_data: { type: 'customer_update', after_completion: { type: 'close' } } })).param).toBe(
      'flow_data[after_completion][type]',
    );
  });

  it('limits custom_message to 500 characters (the request limit, not the response’s 5000)', async () => {
    const error = await errorOf({
      ...base,
      flow_data: {
        type: 'payment_method_update',
        after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'm'.repeat(501) } },
      },
    });
    expect(error.param).toBe('flow_data[after_completion][hosted_confirmation][custom_message]');
    expect(error.message).toMatch(/must be at most 500 characters$/);
  });

  it('limits IDs to 5000 characters', async () => {
    expect((await errorOf({ ...base, customer: `cus_${'x'.repeat(5000)}` })).message).toMatch(/must be at most 5000 characters$/);
  });

  it('refuses a customer_account no seeded subscription names, and customer and customer_account together', async () => {
    expect(await errorOf({ customer_account: 'acct_1', return_url: base.return_url })).toMatchObject({
      code: 'resource_missing',
      param: 'customer_account',
    });
    expect((await errorOf({ ...base, customer_account: 'acct_1' })).message).toBe(
      'You may only specify one of these parameters: customer, customer_account.',
    );
  });

  it('needs a return URL when the configuration has no default_return_url', async () => {
    const error = await errorOf({ customer: DEMO_IDS.customers.active });
    expect(error.message).toBe(
      'Your PortalConfiguration does not have a `default_return_url`, and you did not provide a `return_url`.',
    );
    expect(error.rawType).toBe('invalid_request_error');
  });

  it('refuses a recovery deadline in the past', async () => {
    const error = await errorOf({
      ...base,
      after_expiration: { type: 'customer_login', customer_login: { expires_at: running().emulator.clock.now() - 1 } },
    });
    expect(error.param).toBe('after_expiration[customer_login][expires_at]');
  });
});

describe('without a default portal configuration', () => {
  it('gives Stripe’s test-mode message, until one is named', async () => {
    const empty = await startEmulator({ seed: { customers: [{ id: 'cus_solo', email: 'solo@example.com' }] } });
    try {
      const error = await rejectionOf(
        empty.stripe.billingPortal.sessions.create({ customer: 'cus_solo', return_url: base.return_url }),
      );
      expect(error.type).toBe('StripeInvalidRequestError');
      expect(error.message).toMatch(/^No configuration provided and your test mode default configuration has not been created\./);
      const config = await empty.stripe.billingPortal.configurations.create({ features: { invoice_history: { enabled: true } } });
      expect(config.is_default).toBe(false);
      const session = await empty.stripe.billingPortal.sessions.create({
        customer: 'cus_solo',
        return_url: base.return_url,
        configuration: config.id,
      });
      expect(session.configuration).toBe(config.id);
    } finally {
      await empty.close();
    }
  });
});
