import { SUBSCRIPTION_FLOWS, type PortalFlow } from '@portalkit/protocol';

const CUSTOMER = "the customer comes from the server's auth (getCustomerId), never from the request.";
const CONFIGURATION = 'the portal configuration is chosen on the server (the configuration option).';
const ACCOUNT = 'the connected account is set on the server (the onBehalfOf option).';
const DISCOUNT = 'discounts and retention offers are set on the server (the discounts and retentionCoupon options).';
const FLOW_DATA = 'the flow is built on the server: send flow with its fields (subscription, items).';
const RETURN_URL = 'send returnTo; the server checks it against its allowed origins.';
const AFTER = 'what happens after a flow or an expired link is set on the server (afterCompletion, afterExpiration).';

/*
 * Fields a client might try to set that only the server may decide. Each gets a reason, so an
 * honest developer learns where the setting lives, and an attacker learns nothing new.
 */
const SERVER_SIDE_FIELDS = new Map<string, string>([
  ['customer', CUSTOMER],
  ['customerId', CUSTOMER],
  ['customer_id', CUSTOMER],
  ['customer_account', CUSTOMER],
  ['customerAccount', CUSTOMER],
  ['configuration', CONFIGURATION],
  ['configurationId', CONFIGURATION],
  ['on_behalf_of', ACCOUNT],
  ['onBehalfOf', ACCOUNT],
  ['stripeAccount', ACCOUNT],
  ['coupon', DISCOUNT],
  ['coupons', DISCOUNT],
  ['promotion_code', DISCOUNT],
  ['promotionCode', DISCOUNT],
  ['discounts', DISCOUNT],
  ['retention', DISCOUNT],
  ['retentionCoupon', DISCOUNT],
  ['flow_data', FLOW_DATA],
  ['flowData', FLOW_DATA],
  ['type', FLOW_DATA],
  ['return_url', RETURN_URL],
  ['returnUrl', RETURN_URL],
  ['after_completion', AFTER],
  ['afterCompletion', AFTER],
  ['after_expiration', AFTER],
  ['afterExpiration', AFTER],
]);

/** A field name as the client sent it, cut to 100 characters: it comes from the client, so what goes back in an error's `param` and message stays short. */
export function clipFieldName(name: string): string {
  return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}

/** Why a field is refused: a reason for the server-side ones, the list of fields for the rest. */
export function unknownFieldMessage(
  name: string,
  allowed: readonly string[],
  { reasons = SERVER_SIDE_FIELDS, kind = 'portal' }: { reasons?: ReadonlyMap<string, string>; kind?: string } = {},
): string {
  const reason = reasons.get(name);
  const shown = clipFieldName(name);
  return reason
    ? `The field "${shown}" cannot be sent: ${reason}`
    : `Unknown field "${shown}". A ${kind} request takes only: ${allowed.join(', ')}.`;
}

/** The fields that only make sense with some flows. Everything else is valid with any flow. */
export const FLOW_SPECIFIC_FIELDS: Readonly<Record<'subscription' | 'items', readonly PortalFlow[]>> = {
  subscription: SUBSCRIPTION_FLOWS,
  items: ['subscription_update_confirm'],
};
