import type Stripe from 'stripe';
import { createId } from '../ids';

/** What an invoice for one subscription period is built from. */
export interface InvoiceInput {
  customer: Stripe.Customer;
  subscription: Stripe.Subscription;
  /** `subscription_create` for the first invoice, `subscription_cycle` for renewals. */
  billingReason: 'subscription_create' | 'subscription_cycle';
  /** The service period the lines bill: the subscription's new current period. */
  linePeriod: { start: number; end: number };
  /**
   * The invoice's own `period_start/end`: when its items were collected. Stripe sets both to the
   * creation time on a subscription's first invoice and to the period just ended on a renewal.
   */
  period: { start: number; end: number };
  /** True while the line period is a trial: the lines bill nothing. */
  trial: boolean;
  now: number;
}

/**
 * A draft `invoice` in API 2026 shape (stripe@23.1.0 `cjs/resources/Invoices.d.ts`): the subscription
 * sits under `parent.subscription_details`, lines carry `pricing.price_details` and
 * `parent.subscription_item_details` instead of `price` and `subscription_item`.
 */
export function buildSubscriptionInvoice(input: InvoiceInput): Stripe.Invoice {
  const { customer, subscription, now } = input;
  const id = createId('in');
  const lines = subscription.items.data.map((item) => buildInvoiceLine(id, subscription, item, input.linePeriod, input.trial));
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    id,
    object: 'invoice',
    account_country: 'US',
    account_name: null,
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: total,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: 'charge_automatically',
    created: now,
    currency: subscription.currency,
    custom_fields: null,
    customer: customer.id,
    customer_account: null,
    customer_address: customer.address ?? null,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    customer_phone: customer.phone ?? null,
    customer_shipping: customer.shipping,
    customer_tax_exempt: 'none',
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    footer: null,
    from_invoice: null,
    // Emulator's choice: there is no hosted invoice page or PDF.
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: 'list', data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.period.end,
    period_start: input.period.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
}

/** One invoice line for a subscription item over `period`. */
export function buildInvoiceLine(
  invoiceId: string,
  subscription: Stripe.Subscription,
  item: Stripe.SubscriptionItem,
  period: { start: number; end: number },
  trial: boolean,
): Stripe.InvoiceLineItem {
  const quantity = item.quantity ?? 1;
  const amount = trial ? 0 : (item.price.unit_amount ?? 0) * quantity;
  const product = typeof item.price.product === 'string' ? item.price.product : item.price.product.id;
  return {
    id: createId('il'),
    object: 'line_item',
    amount,
    currency: item.price.currency,
    description: `${quantity} × ${item.price.nickname ?? product}${trial ? ' (trial)' : ''}`,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      type: 'subscription_item_details',
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        proration_details: { credited_items: null },
        subscription: subscription.id,
        subscription_item: item.id,
      },
    },
    period,
    pretax_credit_amounts: [],
    pricing: {
      type: 'price_details',
      price_details: { price: item.price.id, product },
      unit_amount_decimal: item.price.unit_amount_decimal,
    },
    quantity,
    quantity_decimal: null,
    subscription: subscription.id,
    subtotal: amount,
    taxes: [],
  };
}
