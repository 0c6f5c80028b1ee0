import { arrayOf, boolean, emptyable, expand, integer, listParams, metadata, object, oneOf, string } from './schema';
import { CANCELLATION_FEEDBACK, PRORATION_BEHAVIORS } from './subscription-params';

/**
 * `features`, shared by create and update. On create each feature needs `enabled` (and some
 * sub-objects need more); on update nothing is required (github.com/stripe/openapi `spec3`,
 * `POST /v1/billing_portal/configurations[/{configuration}]`). `subscription_pause`
 * is from stripe@23.1.0.
 */
function features<C extends boolean>(forCreate: C) {
  type Needs<K> = C extends true ? K[] : never[];
  const needs = <const K extends string>(...keys: K[]) => (forCreate ? keys : []) as Needs<K>;
  const products = arrayOf(
    object(
      {
        adjustable_quantity: object({ enabled: boolean(), maximum: integer(), minimum: integer() }, { required: ['enabled'] }),
        prices: arrayOf(string(5000)),
        product: string(5000),
      },
      { required: ['prices', 'product'] },
    ),
  );
  const conditions = arrayOf(object({ type: oneOf(['decreasing_item_amount', 'shortening_interval']) }, { required: ['type'] }));
  return object({
    customer_update: object(
      {
        allowed_updates: emptyable(arrayOf(oneOf(['address', 'email', 'name', 'phone', 'shipping', 'tax_id']))),
        enabled: boolean(),
      },
      { required: needs('enabled') },
    ),
    invoice_history: object({ enabled: boolean() }, { required: ['enabled'] }),
    payment_method_update: object(
      { enabled: boolean(), payment_method_configuration: emptyable(string(5000)) },
      { required: ['enabled'] },
    ),
    subscription_cancel: object(
      {
        cancellation_reason: object(
          {
            enabled: boolean(),
            feedback_options: emptyable(arrayOf(string(5000))),
            options: emptyable(arrayOf(oneOf(CANCELLATION_FEEDBACK))),
          },
          { required: ['enabled', ...needs('options')] },
        ),
        enabled: boolean(),
        mode: oneOf(['at_period_end', 'immediately']),
        proration_behavior: oneOf(PRORATION_BEHAVIORS),
      },
      { required: needs('enabled') },
    ),
    subscription_pause: object({
      duration: object(
        {
          interval_options: emptyable(
            arrayOf(
              object(
                { interval: oneOf(['day', 'month', 'week', 'year']), interval_count: integer() },
                { required: ['interval'] },
              ),
            ),
          ),
          type: oneOf(['indefinite', 'interval_options']),
        },
        { required: ['type'] },
      ),
      enabled: boolean(),
    }),
    subscription_update: object(
      {
        billing_cycle_anchor: oneOf(['now', 'unchanged']),
        default_allowed_updates: emptyable(arrayOf(oneOf(['price', 'promotion_code', 'quantity']))),
        enabled: boolean(),
        products: emptyable(products),
        proration_behavior: oneOf(PRORATION_BEHAVIORS),
        schedule_at_period_end: object({ conditions: forCreate ? conditions : emptyable(conditions) }),
        trial_update_behavior: oneOf(['continue_trial', 'end_trial']),
      },
      { required: needs('enabled') },
    ),
  });
}

const common = {
  default_return_url: emptyable(string()),
  expand: expand(),
  login_page: object({ enabled: boolean() }, { required: ['enabled'] }),
  metadata: metadata(),
  name: emptyable(string(256)),
};

/** `POST /v1/billing_portal/configurations`: `features` is required. */
export const createConfigurationParams = object(
  {
    ...common,
    business_profile: object({
      headline: emptyable(string(60)),
      privacy_policy_url: string(),
      terms_of_service_url: string(),
    }),
    features: features(true),
  },
  { required: ['features'] },
);

/** `POST /v1/billing_portal/configurations/{id}`: the same fields plus `active`, none required. */
export const updateConfigurationParams = object({
  ...common,
  active: boolean(),
  business_profile: object({
    headline: emptyable(string(60)),
    privacy_policy_url: emptyable(string()),
    terms_of_service_url: emptyable(string()),
  }),
  features: features(false),
});

/** `GET /v1/billing_portal/configurations`. */
export const listConfigurationParams = object({ ...listParams(), active: boolean(), is_default: boolean() });
