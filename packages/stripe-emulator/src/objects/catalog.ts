import type Stripe from 'stripe';

/** A product as a seed describes it. */
export interface ProductInput {
  id: string;
  name: string;
  description?: string | null;
  metadata?: Record<string, string>;
  active?: boolean;
  default_price?: string | null;
  created?: number;
}

/** A price as a seed describes it; `recurring: null` makes a one-time price. */
export interface PriceInput {
  id: string;
  product: string;
  unit_amount: number;
  /** @defaultValue `'usd'` */
  currency?: string;
  /** @defaultValue monthly */
  recurring?: { interval: Stripe.Price.Recurring.Interval; interval_count?: number } | null;
  nickname?: string | null;
  lookup_key?: string | null;
  active?: boolean;
  metadata?: Record<string, string>;
  created?: number;
}

/** A `product` object, shaped like the spec's fixture. */
export function buildProduct(input: ProductInput, now: number): Stripe.Product {
  return {
    id: input.id,
    object: 'product',
    active: input.active ?? true,
    created: input.created ?? now,
    default_price: input.default_price ?? null,
    description: input.description ?? null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: input.metadata ?? {},
    name: input.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: input.created ?? now,
    url: null,
  };
}

/** A `price` object, shaped like the spec's fixture. */
export function buildPrice(input: PriceInput, now: number): Stripe.Price {
  const recurring = input.recurring === undefined ? { interval: 'month' as const } : input.recurring;
  return {
    id: input.id,
    object: 'price',
    active: input.active ?? true,
    billing_scheme: 'per_unit',
    created: input.created ?? now,
    currency: input.currency ?? 'usd',
    custom_unit_amount: null,
    livemode: false,
    lookup_key: input.lookup_key ?? null,
    metadata: input.metadata ?? {},
    nickname: input.nickname ?? null,
    product: input.product,
    recurring: recurring && {
      interval: recurring.interval,
      interval_count: recurring.interval_count ?? 1,
      meter: null,
      usage_type: 'licensed',
      trial_period_days: null,
    },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: recurring ? 'recurring' : 'one_time',
    unit_amount: input.unit_amount,
    unit_amount_decimal: decimal(String(input.unit_amount)),
  };
}

/**
 * The legacy `plan` that API 2026 still puts on each subscription item, derived from its price.
 */
export function planFromPrice(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: price.billing_scheme,
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? 'month',
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  };
}

// On the wire a decimal is a string; stripe-node turns it into its own Decimal class when it reads it.
function decimal(text: string): Stripe.Decimal {
  return text as unknown as Stripe.Decimal;
}
