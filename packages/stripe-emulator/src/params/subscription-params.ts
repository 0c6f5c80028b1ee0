import { arrayOf, boolean, emptyable, expand, integer, listParams, metadata, object, oneOf, string } from './schema';

/** `cancellation_details[feedback]`; a portal configuration's `cancellation_reason.options` take the same values. */
export const CANCELLATION_FEEDBACK = [
  'customer_service',
  'low_quality',
  'missing_features',
  'other',
  'switched_service',
  'too_complex',
  'too_expensive',
  'unused',
] as const;

/** `proration_behavior`, on subscription updates and in a portal configuration. */
export const PRORATION_BEHAVIORS = ['always_invoice', 'create_prorations', 'none'] as const;

/** `GET /v1/subscriptions` `status`, as in the github.com/stripe/openapi `spec3` and stripe-node `SubscriptionListParams.Status`. */
export const SUBSCRIPTION_LIST_STATUSES = [
  'active',
  'all',
  'canceled',
  'ended',
  'incomplete',
  'incomplete_expired',
  'past_due',
  'paused',
  'trialing',
  'unpaid',
] as const;

const cancellationDetails = () =>
  object({
    comment: emptyable(string(5000)),
    feedback: emptyable(oneOf(CANCELLATION_FEEDBACK)),
  });

const discounts = () =>
  emptyable(arrayOf(object({ coupon: string(5000), discount: string(5000), promotion_code: string(5000) })));

/** `GET /v1/subscriptions`. */
export const listSubscriptionParams = object(
  {
    ...listParams(),
    customer: string(5000),
    price: string(5000),
    status: oneOf(SUBSCRIPTION_LIST_STATUSES),
  },
  {
    unsupported: [
      'automatic_tax',
      'collection_method',
      'created',
      'current_period_end',
      'current_period_start',
      'test_clock',
      'customer_account',
      'plan',
    ],
  },
);

/**
 * `POST /v1/subscriptions/{id}`: the parts the portal changes (cancel, items, pause, discounts) and
 * a few plain fields. The rest of Stripe's parameters are named as unsupported.
 */
export const updateSubscriptionParams = object(
  {
    cancel_at_period_end: boolean(),
    cancellation_details: cancellationDetails(),
    default_payment_method: string(5000),
    description: emptyable(string(500)),
    discounts: discounts(),
    expand: expand(),
    items: arrayOf(
      object(
        {
          deleted: boolean(),
          id: string(5000),
          metadata: metadata(),
          price: string(5000),
          quantity: integer(),
        },
        { unsupported: ['billing_thresholds', 'clear_usage', 'discounts', 'price_data', 'tax_rates'] },
      ),
    ),
    metadata: metadata(),
    pause_collection: emptyable(
      object(
        {
          behavior: oneOf(['keep_as_draft', 'mark_uncollectible', 'void']),
          resumes_at: integer(),
        },
        { required: ['behavior'] },
      ),
    ),
    // Accepted because the portal sends them; the emulator has no invoices, so there is nothing to prorate.
    proration_behavior: oneOf(PRORATION_BEHAVIORS),
    proration_date: integer(),
  },
  {
    unsupported: [
      'add_invoice_items',
      'application_fee_percent',
      'automatic_tax',
      'billing_cycle_anchor',
      'billing_thresholds',
      'cancel_at',
      'collection_method',
      'coupon',
      'days_until_due',
      'default_source',
      'default_tax_rates',
      'invoice_settings',
      'off_session',
      'on_behalf_of',
      'payment_behavior',
      'payment_settings',
      'pending_invoice_item_interval',
      'promotion_code',
      'transfer_data',
      'trial_end',
      'trial_from_plan',
      'trial_settings',
      'billing_schedules',
    ],
  },
);

/** `DELETE /v1/subscriptions/{id}`. */
export const cancelSubscriptionParams = object({
  cancellation_details: cancellationDetails(),
  expand: expand(),
  invoice_now: boolean(),
  prorate: boolean(),
});
