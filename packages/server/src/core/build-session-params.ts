import type { PortalFlow } from '@portalkit/protocol';
import type Stripe from 'stripe';
import type { PortalRequest } from './parse-portal-request';
import type { ResolvedOptions } from './resolve-options';
import { isCustomerAccount } from './stripe-id';

type SessionParams = Stripe.BillingPortal.SessionCreateParams;
type FlowData = Stripe.BillingPortal.SessionCreateParams.FlowData;
type AfterCompletionParams = Stripe.BillingPortal.SessionCreateParams.FlowData.AfterCompletion;

/** The options a session's parameters come from: none of them depends on the request. */
export type SessionPolicy = Pick<
  ResolvedOptions,
  'locale' | 'onBehalfOf' | 'afterExpiration' | 'afterCompletion' | 'retentionCoupon' | 'discounts'
>;

/** Everything a session is made of: the checked request, and what only the server decides. */
export interface SessionInput {
  customerId: string;
  request: PortalRequest;
  /** The resolved, allowed return URL. */
  returnTarget: string;
  configuration: string | undefined;
  options: SessionPolicy;
}

/**
 * Builds the `billingPortal.sessions.create` parameters. The customer, configuration, account, offers
 * and after-completion behaviour come from the server; the request contributes only the flow, the
 * subscription and item it already proved are the customer's, a return target on an allowed origin,
 * and a locale.
 */
export function buildSessionParams({ customerId, request, returnTarget, configuration, options }: SessionInput): SessionParams {
  // Accounts v2: an account that acts as the customer is named by `customer_account` instead
  // (stripe-node 20.1.0 CHANGELOG; `BillingPortal.SessionCreateParams.customer_account`).
  const params: SessionParams = isCustomerAccount(customerId)
    ? { customer_account: customerId, return_url: returnTarget }
    : { customer: customerId, return_url: returnTarget };
  if (configuration !== undefined) params.configuration = configuration;
  const locale = request.locale ?? options.locale;
  if (locale !== undefined) params.locale = locale;
  if (options.onBehalfOf !== undefined) params.on_behalf_of = options.onBehalfOf;
  if (options.afterExpiration !== undefined) {
    const { expiresInSeconds } = options.afterExpiration;
    params.after_expiration = { type: 'customer_login' };
    if (expiresInSeconds !== undefined) {
      params.after_expiration.customer_login = { expires_at: Math.floor(Date.now() / 1000) + expiresInSeconds };
    }
  }
  if (request.flow !== undefined) params.flow_data = buildFlowData(request.flow, request, returnTarget, options);
  return params;
}

function buildFlowData(flow: PortalFlow, request: PortalRequest, returnTarget: string, options: SessionPolicy): FlowData {
  const flowData: FlowData = { type: flow, after_completion: buildAfterCompletion(flow, returnTarget, options) };
  // Parsing guarantees a subscription for every subscription flow and an item for update-confirm.
  const subscription = request.subscription as string;
  switch (flow) {
    case 'payment_method_update':
    case 'customer_update':
      break;
    case 'subscription_cancel':
      flowData.subscription_cancel = { subscription };
      if (options.retentionCoupon !== undefined) {
        flowData.subscription_cancel.retention = { type: 'coupon_offer', coupon_offer: { coupon: options.retentionCoupon } };
      }
      break;
    case 'subscription_update':
      flowData.subscription_update = { subscription };
      break;
    case 'subscription_pause':
      flowData.subscription_pause = { subscription };
      break;
    case 'subscription_update_confirm':
      flowData.subscription_update_confirm = { subscription, items: [{ ...request.item! }] };
      if (options.discounts !== undefined) flowData.subscription_update_confirm.discounts = options.discounts;
      break;
    default:
      // A flow added by an SDK upgrade fails the build here until it is handled.
      return assertNever(flow);
  }
  return flowData;
}

function buildAfterCompletion(flow: PortalFlow, returnTarget: string, options: SessionPolicy): AfterCompletionParams {
  const policy = options.afterCompletion[flow] ?? { type: 'redirect' };
  switch (policy.type) {
    case 'redirect':
      return { type: 'redirect', redirect: { return_url: returnTarget } };
    case 'hosted_confirmation':
      return policy.message === undefined
        ? { type: 'hosted_confirmation' }
        : { type: 'hosted_confirmation', hosted_confirmation: { custom_message: policy.message } };
    case 'portal_homepage':
      return { type: 'portal_homepage' };
  }
}

function assertNever(flow: never): never {
  throw new Error(`Unhandled portal flow: ${String(flow)}`);
}
