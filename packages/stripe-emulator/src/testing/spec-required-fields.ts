/*
 * Required fields of Stripe objects, copied by hand so tests need no spec at run time.
 *
 * `checkout.session`: the `required` list of schema `checkout.session` in Stripe's OpenAPI spec
 * (github.com/stripe/openapi, `openapi/spec3.json`, API version 2024-04-10). API 2026 drops nothing
 * from it that the stripe@23.1.0 type marks optional.
 *
 * `item` (a Checkout line item): the `required` list of schema `item`, same spec.
 *
 * `invoice`: the properties the stripe@23.1.0 type `Invoice` (`cjs/resources/Invoices.d.ts`, API
 * 2026-10-28) declares without `?`; by the spec's rule (required = non-optional) these are the
 * object's required fields in API 2026.
 */

export const CHECKOUT_SESSION_REQUIRED = [
  'automatic_tax',
  'created',
  'custom_fields',
  'custom_text',
  'expires_at',
  'id',
  'livemode',
  'mode',
  'object',
  'payment_method_types',
  'payment_status',
  'shipping_options',
] as const;

export const CHECKOUT_LINE_ITEM_REQUIRED = [
  'amount_discount',
  'amount_subtotal',
  'amount_tax',
  'amount_total',
  'currency',
  'description',
  'id',
  'object',
] as const;

export const INVOICE_REQUIRED = [
  'id',
  'object',
  'account_country',
  'account_name',
  'account_tax_ids',
  'amount_due',
  'amount_overpaid',
  'amount_paid',
  'amount_remaining',
  'amount_shipping',
  'application',
  'attempt_count',
  'attempted',
  'automatic_tax',
  'automatically_finalizes_at',
  'billing_reason',
  'collection_method',
  'created',
  'currency',
  'custom_fields',
  'customer',
  'customer_account',
  'customer_address',
  'customer_email',
  'customer_name',
  'customer_phone',
  'customer_shipping',
  'customer_tax_exempt',
  'default_payment_method',
  'default_source',
  'default_tax_rates',
  'description',
  'discounts',
  'due_date',
  'effective_at',
  'ending_balance',
  'footer',
  'from_invoice',
  'issuer',
  'last_finalization_error',
  'latest_revision',
  'lines',
  'livemode',
  'metadata',
  'next_payment_attempt',
  'number',
  'on_behalf_of',
  'parent',
  'payment_settings',
  'period_end',
  'period_start',
  'post_payment_credit_notes_amount',
  'pre_payment_credit_notes_amount',
  'receipt_number',
  'rendering',
  'shipping_cost',
  'shipping_details',
  'starting_balance',
  'statement_descriptor',
  'status',
  'status_transitions',
  'subtotal',
  'subtotal_excluding_tax',
  'test_clock',
  'total',
  'total_discount_amounts',
  'total_excluding_tax',
  'total_pretax_credit_amounts',
  'total_taxes',
  'webhooks_delivered_at',
] as const;
