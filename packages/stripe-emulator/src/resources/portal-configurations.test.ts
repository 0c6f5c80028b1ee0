import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { rejectionOf, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator();

describe('/v1/billing_portal/configurations', () => {
  it('has a default configuration with every feature on, pause included (API 2026-10-28)', async () => {
    const config = await running().stripe.billingPortal.configurations.retrieve(DEMO_IDS.configuration);
    expect(config).toMatchObject({
      object: 'billing_portal.configuration',
      is_default: true,
      active: true,
      default_return_url: null,
      login_page: { enabled: false, url: null },
    });
    const { features } = config;
    expect(Object.entries(features).filter(([, f]) => !f.enabled)).toEqual([]);
    expect(features.subscription_cancel).toMatchObject({ mode: 'at_period_end', cancellation_reason: { enabled: true } });
    expect(features.subscription_cancel.cancellation_reason.options).toHaveLength(8);
    expect(features.subscription_update).toMatchObject({
      default_allowed_updates: ['price', 'quantity'],
      proration_behavior: 'create_prorations',
    });
    expect(features.subscription_update.products?.map((p) => p.product)).toEqual([
      DEMO_IDS.products.starter,
      DEMO_IDS.products.pro,
    ]);
    expect(features.subscription_pause.duration.interval_options).toEqual([
      { interval: 'month', interval_count: 1 },
      { interval: 'month', interval_count: 3 },
    ]);
  });

  it('creates with features required; left-out features start disabled', async () => {
    expect(
      await rejectionOf(
        running().stripe.billingPortal.configurations.create({} as Stripe.BillingPortal.ConfigurationCreateParams),
      ),
    ).toMatchObject({ code: 'parameter_missing', param: 'features' });
    const missingEnabled = await rejectionOf(
      running().stripe.billingPortal.configurations.create({
        features: { customer_update: { allowed_updates: ['email'] } },
      } as Stripe.BillingPortal.ConfigurationCreateParams),
    );
    expect(missingEnabled.param).toBe('features[customer_update][enabled]');
    const config = await running().stripe.billingPortal.configurations.create({
      features: {
        subscription_cancel: { enabled: true, mode: 'immediately', cancellation_reason: { enabled: true, options: ['other'] } },
      },
      business_profile: { headline: 'Acme' },
      default_return_url: 'https://acme.test/account',
    });
    expect(config).toMatchObject({
      is_default: false,
      default_return_url: 'https://acme.test/account',
      business_profile: { headline: 'Acme' },
    });
    expect(config.features.subscription_cancel).toMatchObject({ enabled: true, mode: 'immediately' });
    expect(config.features.payment_method_update.enabled).toBe(false);
    expect(config.features.subscription_pause.enabled).toBe(false);
  });

  it('refuses bad values: enum, headline over 60, products that do not exist or mismatch', async () => {
    const create = (features: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      rejectionOf(
        running().stripe.billingPortal.configurations.create({
          features,
          ...extra,
        } as unknown as Stripe.BillingPortal.ConfigurationCreateParams),
      );
    expect((await create({ subscription_cancel: { enabled: true, mode: 'whenever' } })).param).toBe(
      'features[subscription_cancel][mode]',
    );
    expect((await create({ invoice_history: { enabled: true } }, { business_profile: { headline: 'h'.repeat(61) } })).param).toBe(
      'business_profile[headline]',
    );
    const unknownProduct = await create({
      subscription_update: { enabled: true, products: [{ product: 'prod_nope', prices: ['price_x'] }] },
    });
    expect(unknownProduct).toMatchObject({
      code: 'resource_missing',
      param: 'features[subscription_update][products][0][product]',
    });
    const wrongPrice = await create({
      subscription_update: {
        enabled: true,
        products: [{ product: DEMO_IDS.products.pro, prices: [DEMO_IDS.prices.starterMonthly] }],
      },
    });
    expect(wrongPrice.param).toBe('features[subscription_update][products][0][prices][0]');
  });

  it('updates field by field, sends billing_portal.configuration.updated, and lists with filters', async () => {
    const config = await running().stripe.billingPortal.configurations.create({
      features: { invoice_history: { enabled: true } },
    });
    const updated = await running().stripe.billingPortal.configurations.update(config.id, {
      active: false,
      features: { payment_method_update: { enabled: true } },
      metadata: { team: 'billing' },
    });
    expect(updated).toMatchObject({
      active: false,
      metadata: { team: 'billing' },
      features: { invoice_history: { enabled: true }, payment_method_update: { enabled: true } },
    });
    const [event] = running().emulator.store.events.list();
    expect(event).toMatchObject({
      type: 'billing_portal.configuration.updated',
      data: { previous_attributes: { active: true } },
    });
    const inactive = await running().stripe.billingPortal.configurations.list({ active: false });
    expect(inactive.data.map((c) => c.id)).toContain(config.id);
    const defaults = await running().stripe.billingPortal.configurations.list({ is_default: true });
    expect(defaults.data.map((c) => c.id)).toEqual([DEMO_IDS.configuration]);
    const refused = await rejectionOf(
      running().stripe.billingPortal.sessions.create({
        customer: DEMO_IDS.customers.active,
        return_url: 'http://x.test',
        configuration: config.id,
      }),
    );
    expect(refused.param).toBe('configuration');
  });

  it('refuses a default_return_url that is not an absolute http(s) URL, on create and on update', async () => {
    const config = await running().stripe.billingPortal.configurations.create({
      features: { invoice_history: { enabled: true } },
      default_return_url: 'https://acme.test/account',
    });
    const before = running().emulator.store.events.size;
    for (const url of [
      'not a url',
      '/account',
      '//acme.test/account',
      'javascript:alert(1)',
      'ftp://acme.test/',
      'mailto:billing@acme.test',
      'https://',
    ]) {
      const created = await rejectionOf(
        running().stripe.billingPortal.configurations.create({
          features: { invoice_history: { enabled: true } },
          default_return_url: url,
        }),
      );
      expect(created, url).toMatchObject({
        type: 'StripeInvalidRequestError',
        code: 'url_invalid',
        param: 'default_return_url',
        message: 'Not a valid URL',
        statusCode: 400,
      });
      const updated = await rejectionOf(
        running().stripe.billingPortal.configurations.update(config.id, { default_return_url: url }),
      );
      expect(updated, url).toMatchObject({
        type: 'StripeInvalidRequestError',
        code: 'url_invalid',
        param: 'default_return_url',
        statusCode: 400,
      });
    }
    expect(running().emulator.store.portalConfigurations.get(config.id)?.default_return_url).toBe('https://acme.test/account');
    expect(running().emulator.store.events.size).toBe(before);
    // An empty string unsets it, as on every emptyable parameter.
    expect(
      (await running().stripe.billingPortal.configurations.update(config.id, { default_return_url: '' })).default_return_url,
    ).toBeNull();
  });

  it('keeps the default configuration active, and answers 404 for an unknown one', async () => {
    expect(
      (await rejectionOf(running().stripe.billingPortal.configurations.update(DEMO_IDS.configuration, { active: false }))).param,
    ).toBe('active');
    expect(await rejectionOf(running().stripe.billingPortal.configurations.retrieve('bpc_nope'))).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
  });
});
