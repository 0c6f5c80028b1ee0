import type Stripe from 'stripe';
import { checkoutExpiresAt } from './checkout-dedupe';
import type { CheckoutRequest } from './parse-checkout-request';
import type { CheckoutBuyer } from './resolve-checkout-customer';
import type { ResolvedCheckoutOptions } from './resolve-checkout-options';

/**
 * The `checkout.sessions.create` parameters: everything from the server (price, customer, URLs,
 * trial, promotion codes); the request contributes only which plan and, where the plan allows, the quantity.
 * The app's user ID goes into `client_reference_id` and the subscription's metadata, so webhooks map back to the user.
 */
export function buildCheckoutParams(
  buyer: CheckoutBuyer,
  request: CheckoutRequest,
  options: Pick<ResolvedCheckoutOptions, 'successUrl' | 'cancelUrl' | 'now'>,
): Stripe.Checkout.SessionCreateParams {
  const { plan, quantity } = request;
  const subscriptionData: Stripe.Checkout.SessionCreateParams.SubscriptionData = {};
  if (plan.trialDays !== undefined) subscriptionData.trial_period_days = plan.trialDays;
  if (buyer.appUserId !== undefined) subscriptionData.metadata = { app_user_id: buyer.appUserId };
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: 'subscription',
    customer: buyer.customerId,
    line_items: [{ price: plan.price, quantity }],
    success_url: options.successUrl,
    cancel_url: options.cancelUrl,
    // Shared by every instance within a minute, so their requests are the same and Stripe dedupes them.
    expires_at: checkoutExpiresAt(options.now()),
    subscription_data: subscriptionData,
  };
  if (buyer.appUserId !== undefined) params.client_reference_id = buyer.appUserId;
  if (plan.allowPromotionCodes !== undefined) params.allow_promotion_codes = plan.allowPromotionCodes;
  return params;
}
