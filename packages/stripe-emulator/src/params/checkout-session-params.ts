import { arrayOf, boolean, expand, integer, listParams, metadata, object, oneOf, string } from './schema';

/*
 * Checkout Session parameters, from the stripe@23.1.0 types (`cjs/resources/Checkout/Sessions.d.ts`,
 * API 2026-10-28), since the github.com/stripe/openapi `spec3` text at hand for this endpoint is from
 * 2024: `ui_mode` now takes `hosted_page | embedded_page | elements | form`, and
 * `payment_method_types` is gone from create (stripe-node 23.0.0 CHANGELOG), so it is an unknown
 * parameter. The emulator models the hosted page in `subscription` mode; the other names Stripe
 * accepts are listed as unsupported, so they get a clear answer instead of `parameter_unknown`.
 */

/** `POST /v1/checkout/sessions`. */
export const createCheckoutSessionParams = object(
  {
    allow_promotion_codes: boolean(),
    cancel_url: string(5000),
    client_reference_id: string(200),
    customer: string(5000),
    customer_email: string(5000),
    expand: expand(),
    expires_at: integer(),
    line_items: arrayOf(
      object(
        { metadata: metadata(), price: string(5000), quantity: integer() },
        { unsupported: ['adjustable_quantity', 'dynamic_tax_rates', 'price_data', 'tax_rates'] },
      ),
    ),
    metadata: metadata(),
    mode: oneOf(['payment', 'setup', 'subscription']),
    subscription_data: object(
      { description: string(500), metadata: metadata(), trial_period_days: integer() },
      {
        unsupported: [
          'application_fee_percent',
          'billing_cycle_anchor',
          'billing_cycle_anchor_config',
          'billing_mode',
          'default_tax_rates',
          'invoice_settings',
          'on_behalf_of',
          'pending_invoice_item_interval',
          'proration_behavior',
          'transfer_data',
          'trial_end',
          'trial_settings',
        ],
      },
    ),
    success_url: string(5000),
    ui_mode: oneOf(['elements', 'embedded_page', 'form', 'hosted_page']),
  },
  {
    unsupported: [
      'adaptive_pricing',
      'after_expiration',
      'allowed_payment_method_types',
      'automatic_tax',
      'billing_address_collection',
      'branding_settings',
      'consent_collection',
      'currency',
      'custom_fields',
      'custom_text',
      'customer_account',
      'customer_creation',
      'customer_update',
      'discounts',
      'excluded_payment_method_types',
      'integration_identifier',
      'invoice_creation',
      'locale',
      'managed_payments',
      'name_collection',
      'optional_items',
      'origin_context',
      'payment_intent_data',
      'payment_method_collection',
      'payment_method_configuration',
      'payment_method_data',
      'payment_method_options',
      'permissions',
      'phone_number_collection',
      'redirect_on_completion',
      'return_url',
      'saved_payment_method_options',
      'setup_intent_data',
      'shipping_address_collection',
      'shipping_options',
      'submit_type',
      'tax_id_collection',
      'wallet_options',
    ],
  },
);

/** `GET /v1/checkout/sessions`. */
export const listCheckoutSessionParams = object(
  {
    ...listParams(),
    customer: string(5000),
    status: oneOf(['complete', 'expired', 'open']),
    subscription: string(5000),
  },
  { unsupported: ['created', 'customer_account', 'customer_details', 'payment_intent', 'payment_link'] },
);

/** `GET /v1/checkout/sessions/{id}/line_items`. */
export const listLineItemParams = object(listParams());
