import { PORTAL_FLOWS, PORTAL_LOCALES } from '@portalkit/protocol';
import { arrayOf, expand, integer, object, oneOf, string } from './schema';

const subscriptionOnly = () => object({ subscription: string(5000) }, { required: ['subscription'] });

/**
 * `flow_data`, from the github.com/stripe/openapi `spec3` request body of `POST /v1/billing_portal/sessions`.
 * Note `custom_message` is 500 in the request (5000 is the response field
 * `portal_flows_after_completion_hosted_confirmation.custom_message`) and `redirect.return_url` has
 * no maxLength.
 */
export const flowDataParams = object(
  {
    after_completion: object(
      {
        hosted_confirmation: object({ custom_message: string(500) }),
        redirect: object({ return_url: string() }, { required: ['return_url'] }),
        type: oneOf(['hosted_confirmation', 'portal_homepage', 'redirect']),
      },
      { required: ['type'] },
    ),
    subscription_cancel: object(
      {
        retention: object(
          {
            coupon_offer: object({ coupon: string(5000) }, { required: ['coupon'] }),
            type: oneOf(['coupon_offer']),
          },
          { required: ['coupon_offer', 'type'] },
        ),
        subscription: string(5000),
      },
      { required: ['subscription'] },
    ),
    // stripe@23.1.0 types give no maxLength here; 5000 like its siblings is the emulator's choice.
    subscription_pause: subscriptionOnly(),
    subscription_update: subscriptionOnly(),
    subscription_update_confirm: object(
      {
        discounts: arrayOf(object({ coupon: string(5000), promotion_code: string(5000) })),
        items: arrayOf(object({ id: string(5000), price: string(5000), quantity: integer() }, { required: ['id'] })),
        subscription: string(5000),
      },
      { required: ['items', 'subscription'] },
    ),
    // The kit's lists of Stripe's values (the spec's five flows plus `subscription_pause` from
    // stripe@23.1.0; below, the 47 locales of the spec3 `locale` enum), held to the pinned SDK's unions at
    // compile time, so the emulator and the kit cannot drift apart.
    type: oneOf(PORTAL_FLOWS),
  },
  { required: ['type'] },
);

/**
 * `POST /v1/billing_portal/sessions`: no top-level parameter is required by the github.com/stripe/openapi
 * `spec3` schema (`customer` became optional with `customer_account`, stripe-node 20.1.0 CHANGELOG). `after_expiration` comes from API 2026-10-28 (stripe@23.1.0).
 */
export const portalSessionParams = object({
  after_expiration: object(
    {
      customer_login: object({ expires_at: integer() }),
      type: oneOf(['customer_login']),
    },
    { required: ['type'] },
  ),
  configuration: string(5000),
  customer: string(5000),
  customer_account: string(5000),
  expand: expand(),
  flow_data: flowDataParams,
  locale: oneOf(PORTAL_LOCALES),
  on_behalf_of: string(),
  return_url: string(),
});
