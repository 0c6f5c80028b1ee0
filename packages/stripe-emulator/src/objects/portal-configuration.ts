import type Stripe from 'stripe';
import { createId } from '../ids';
import type { createConfigurationParams, updateConfigurationParams } from '../params/portal-configuration-params';
import type { Infer } from '../params/schema';
import { mergeMetadata } from './metadata';

type Configuration = Stripe.BillingPortal.Configuration;
type Features = Stripe.BillingPortal.Configuration.Features;
/** Validated `POST /v1/billing_portal/configurations` parameters (also the seed's shape). */
export type ConfigurationCreateInput = Omit<Infer<typeof createConfigurationParams>, 'expand'>;
/** Validated `POST /v1/billing_portal/configurations/{id}` parameters. */
export type ConfigurationUpdateInput = Omit<Infer<typeof updateConfigurationParams>, 'expand'>;

/**
 * A `billing_portal.configuration`. Features left out start disabled with the defaults the SDK
 * documents (cancel at period end, no prorations, a one-month pause option, `end_trial`).
 */
export function buildPortalConfiguration(
  input: ConfigurationCreateInput,
  options: { id?: string; isDefault: boolean; now: number },
): Configuration {
  const base: Configuration = {
    id: options.id ?? createId('bpc'),
    object: 'billing_portal.configuration',
    active: true,
    application: null,
    business_profile: { headline: null, privacy_policy_url: null, terms_of_service_url: null },
    created: options.now,
    default_return_url: null,
    features: defaultFeatures(),
    is_default: options.isDefault,
    livemode: false,
    // Emulator's choice: no hosted login page is served, so `url` stays null even when enabled.
    login_page: { enabled: false, url: null },
    metadata: {},
    name: null,
    updated: options.now,
  };
  return applyConfigurationUpdate(base, input, options.now);
}

/** Returns `config` with `input` merged in, field by field, as Stripe's update endpoint does. */
export function applyConfigurationUpdate(
  config: Configuration,
  input: ConfigurationUpdateInput | ConfigurationCreateInput,
  now: number,
): Configuration {
  const next = structuredClone(config);
  if ('active' in input && input.active !== undefined) next.active = input.active;
  if (input.business_profile) Object.assign(next.business_profile, input.business_profile);
  if (input.default_return_url !== undefined) next.default_return_url = input.default_return_url;
  if (input.login_page) next.login_page.enabled = input.login_page.enabled;
  if (input.metadata !== undefined) next.metadata = mergeMetadata(next.metadata, input.metadata);
  if (input.name !== undefined) next.name = input.name;
  if (input.features) mergeFeatures(next.features, input.features);
  next.updated = now;
  return next;
}

function mergeFeatures(features: Features, input: NonNullable<ConfigurationUpdateInput['features']>): void {
  const {
    customer_update,
    invoice_history,
    payment_method_update,
    subscription_cancel,
    subscription_pause,
    subscription_update,
  } = input;
  if (customer_update) {
    if (customer_update.enabled !== undefined) features.customer_update.enabled = customer_update.enabled;
    if (customer_update.allowed_updates !== undefined)
      features.customer_update.allowed_updates = customer_update.allowed_updates ?? [];
  }
  if (invoice_history) features.invoice_history.enabled = invoice_history.enabled;
  if (payment_method_update) {
    features.payment_method_update.enabled = payment_method_update.enabled;
    if (payment_method_update.payment_method_configuration !== undefined) {
      features.payment_method_update.payment_method_configuration = payment_method_update.payment_method_configuration;
    }
  }
  if (subscription_cancel) {
    const target = features.subscription_cancel;
    const { cancellation_reason, ...rest } = subscription_cancel;
    Object.assign(target, rest);
    if (cancellation_reason) {
      target.cancellation_reason.enabled = cancellation_reason.enabled;
      if (cancellation_reason.options !== undefined) target.cancellation_reason.options = cancellation_reason.options ?? [];
      if (cancellation_reason.feedback_options !== undefined)
        target.cancellation_reason.feedback_options = cancellation_reason.feedback_options;
    }
  }
  if (subscription_pause) {
    if (subscription_pause.enabled !== undefined) features.subscription_pause.enabled = subscription_pause.enabled;
    if (subscription_pause.duration) {
      const options = subscription_pause.duration.interval_options ?? [];
      features.subscription_pause.duration = {
        type: subscription_pause.duration.type,
        interval_options: options.map((o) => ({ interval: o.interval, interval_count: o.interval_count ?? 1 })),
      };
    }
  }
  if (subscription_update) {
    const target = features.subscription_update;
    const { default_allowed_updates, products, schedule_at_period_end, ...rest } = subscription_update;
    Object.assign(target, rest);
    if (default_allowed_updates !== undefined) target.default_allowed_updates = default_allowed_updates ?? [];
    if (products !== undefined) {
      target.products = (products ?? []).map((p) => ({
        adjustable_quantity: {
          enabled: p.adjustable_quantity?.enabled ?? false,
          maximum: p.adjustable_quantity?.maximum ?? null,
          minimum: p.adjustable_quantity?.minimum ?? 1,
        },
        prices: p.prices,
        product: p.product,
      }));
    }
    if (schedule_at_period_end) {
      target.schedule_at_period_end = { conditions: (schedule_at_period_end.conditions ?? []).map((c) => ({ type: c.type })) };
    }
  }
}

function defaultFeatures(): Features {
  return {
    customer_update: { allowed_updates: [], enabled: false },
    invoice_history: { enabled: false },
    payment_method_update: { enabled: false, payment_method_configuration: null },
    subscription_cancel: {
      cancellation_reason: { enabled: false, feedback_options: null, options: [] },
      enabled: false,
      mode: 'at_period_end',
      proration_behavior: 'none',
    },
    subscription_pause: {
      duration: { interval_options: [{ interval: 'month', interval_count: 1 }], type: 'interval_options' },
      enabled: false,
    },
    subscription_update: {
      billing_cycle_anchor: null,
      default_allowed_updates: [],
      enabled: false,
      products: [],
      proration_behavior: 'none',
      schedule_at_period_end: { conditions: [] },
      trial_update_behavior: 'end_trial',
    },
  };
}
