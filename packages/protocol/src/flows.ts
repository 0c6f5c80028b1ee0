/** Every flow, for validation and for listing the valid ones in an error message. */
export const PORTAL_FLOWS = [
  'payment_method_update',
  'subscription_cancel',
  'subscription_update',
  'subscription_update_confirm',
  'customer_update',
  'subscription_pause',
] as const;

/**
 * A portal deep link (`flow_data.type`): exactly the flows the pinned `stripe` SDK knows. Spelled out
 * rather than taken from the SDK's types, so the published types need no `stripe` install (a browser
 * app that uses the React kit has none); flows.test-d.ts holds the list to the SDK's `FlowData.Type`
 * in both directions, so an SDK upgrade that adds or drops a flow fails the typecheck until it follows.
 */
export type PortalFlow = (typeof PORTAL_FLOWS)[number];

/** The flows that act on one subscription and so need `subscription`. */
export const SUBSCRIPTION_FLOWS = [
  'subscription_cancel',
  'subscription_update',
  'subscription_update_confirm',
  'subscription_pause',
] as const satisfies readonly PortalFlow[];

/** A flow that needs a `subscription` field. */
export type SubscriptionFlow = (typeof SUBSCRIPTION_FLOWS)[number];

/** True when `value` is a flow this version knows. */
export function isPortalFlow(value: unknown): value is PortalFlow {
  return typeof value === 'string' && (PORTAL_FLOWS as readonly string[]).includes(value);
}

/** True when `flow` acts on a subscription and so needs `subscription`. */
export function isSubscriptionFlow(flow: PortalFlow): flow is SubscriptionFlow {
  return (SUBSCRIPTION_FLOWS as readonly string[]).includes(flow);
}
