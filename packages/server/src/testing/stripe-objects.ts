import { randomBytes } from 'node:crypto';

/** What a test seeds: the parts of a subscription the handler looks at. */
export interface SubscriptionSeed {
  id: string;
  customer: string;
  items: Array<{ id: string; price: string }>;
}

/** A random suffix like Stripe's. */
export function stripeToken(length = 24): string {
  return randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length);
}

/** A `subscription` object in the shape of openapi-subset's sample (trimmed to the fields that matter here). */
export function subscriptionObject(seed: SubscriptionSeed): Record<string, unknown> {
  const now = 1_767_225_600;
  return {
    id: seed.id,
    object: 'subscription',
    billing_cycle_anchor: now,
    billing_mode: { type: 'classic', flexible: {} },
    billing_schedules: [],
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    collection_method: 'charge_automatically',
    created: now,
    currency: 'usd',
    customer: seed.customer,
    customer_account: null,
    discounts: [],
    items: {
      object: 'list',
      data: seed.items.map((item) => ({
        id: item.id,
        object: 'subscription_item',
        created: now,
        current_period_start: now,
        current_period_end: now + 30 * 86_400,
        discounts: [],
        metadata: {},
        price: {
          id: item.price,
          object: 'price',
          active: true,
          currency: 'usd',
          product: 'prod_basic',
          type: 'recurring',
          unit_amount: 2000,
          recurring: { interval: 'month', interval_count: 1, usage_type: 'licensed' },
        },
        quantity: 1,
        subscription: seed.id,
        tax_rates: [],
      })),
      has_more: false,
      url: `/v1/subscription_items?subscription=${seed.id}`,
    },
    livemode: false,
    metadata: {},
    on_behalf_of: null,
    start_date: now,
    status: 'active',
    test_clock: null,
  };
}

/** A `billing_portal.session` as Stripe returns it, for the parameters it was created with. */
export function sessionObject(params: Record<string, unknown>, url: string): Record<string, unknown> {
  const flow = params.flow_data as Record<string, unknown> | undefined;
  return {
    id: `bps_${stripeToken()}`,
    object: 'billing_portal.session',
    after_expiration: params.after_expiration ?? null,
    configuration: params.configuration ?? 'bpc_default',
    created: 1_767_225_600,
    customer: params.customer,
    customer_account: null,
    flow: flow ? { after_completion: { type: 'portal_homepage', hosted_confirmation: null, redirect: null }, ...flow } : null,
    livemode: false,
    locale: params.locale ?? null,
    on_behalf_of: params.on_behalf_of ?? null,
    return_url: params.return_url ?? null,
    url,
  };
}

/** Stripe's error envelope. */
export function stripeErrorBody(error: {
  type?: string;
  code?: string;
  message: string;
  param?: string;
}): Record<string, unknown> {
  return { error: { type: error.type ?? 'invalid_request_error', ...error } };
}
