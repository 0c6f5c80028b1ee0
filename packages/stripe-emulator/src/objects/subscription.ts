import type Stripe from 'stripe';
import { createId } from '../ids';
import { planFromPrice } from './catalog';
import { periodEnd } from './period';

/** One item of a new subscription. */
export interface SubscriptionItemInput {
  id?: string;
  price: Stripe.Price;
  /** @defaultValue 1 */
  quantity?: number;
  metadata?: Record<string, string>;
}

/** The fields a seed may set on a new subscription. */
export interface SubscriptionInput {
  id?: string;
  customer: string;
  customer_account?: string | null;
  items: SubscriptionItemInput[];
  /** @defaultValue `'active'` */
  status?: Stripe.Subscription.Status;
  created?: number;
  /** Start of the current period of every item. @defaultValue `created` */
  current_period_start?: number;
  cancel_at_period_end?: boolean;
  default_payment_method?: string | null;
  description?: string | null;
  metadata?: Record<string, string>;
}

/**
 * A `subscription` in API 2026 shape: periods live on the items, `discounts[]` replaces `discount`,
 * and `billing_mode` / `billing_schedules` are present.
 */
export function buildSubscription(input: SubscriptionInput, now: number): Stripe.Subscription {
  const id = input.id ?? createId('sub');
  const created = input.created ?? now;
  const periodStart = input.current_period_start ?? created;
  const items = input.items.map((item) => buildSubscriptionItem(id, item, periodStart, created));
  const end = items[0]?.current_period_end ?? periodStart;
  const status = input.status ?? 'active';
  return {
    id,
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: periodStart,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: 'classic' },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: input.cancel_at_period_end ? end : null,
    cancel_at_period_end: input.cancel_at_period_end ?? false,
    canceled_at: input.cancel_at_period_end || status === 'canceled' ? periodStart : null,
    cancellation_details: {
      comment: null,
      feedback: null,
      feedback_option: null,
      reason: input.cancel_at_period_end ? 'cancellation_requested' : null,
    },
    collection_method: 'charge_automatically',
    created,
    currency: items[0]?.price.currency ?? 'usd',
    customer: input.customer,
    customer_account: input.customer_account ?? null,
    days_until_due: null,
    default_payment_method: input.default_payment_method ?? null,
    default_source: null,
    default_tax_rates: [],
    description: input.description ?? null,
    discounts: [],
    ended_at: status === 'canceled' ? periodStart : null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: 'self' } },
    items: { object: 'list', data: items, has_more: false, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata ?? {},
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: 'off' },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: created,
    status,
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: 'create_invoice' } },
    trial_start: null,
  };
}

/** A `subscription_item`, carrying its own `current_period_start/end` (API 2025-03-31 and later). */
export function buildSubscriptionItem(
  subscriptionId: string,
  item: SubscriptionItemInput,
  periodStart: number,
  created: number,
): Stripe.SubscriptionItem {
  return {
    id: item.id ?? createId('si'),
    object: 'subscription_item',
    billing_thresholds: null,
    created,
    current_period_end: periodEnd(periodStart, item.price),
    current_period_start: periodStart,
    current_trial: null,
    discounts: [],
    metadata: item.metadata ?? {},
    plan: planFromPrice(item.price),
    price: item.price,
    quantity: item.quantity ?? 1,
    subscription: subscriptionId,
    tax_rates: [],
  };
}
