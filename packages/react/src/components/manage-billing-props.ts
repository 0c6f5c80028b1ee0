import type { PortalRequestCommon, PortalSessionRequest } from '@portalkit/protocol';
import type { BillingControlProps } from './billing-control-props';

export type { RenderErrorHelpers } from './billing-control-props';

type FlowField = 'flow' | 'subscription' | 'items';

/**
 * The portal task to open and its fields, typed per flow: a subscription flow needs `subscription`, and
 * `subscription_update_confirm` also needs exactly one item. Without `flow`, the portal homepage opens.
 * Derived from the protocol's `PortalSessionRequest`, member by member; a field a flow does not use is
 * `never`, so it is refused.
 *
 * @example
 * const cancel: PortalFlowProps = { flow: 'subscription_cancel', subscription: 'sub_123' };
 * const confirm: PortalFlowProps = { flow: 'subscription_update_confirm', subscription: 'sub_123', items: [{ id: 'si_1', price: 'price_pro' }] };
 */
export type PortalFlowProps = PortalSessionRequest extends infer Request
  ? Request extends unknown
    ? Omit<Request, keyof PortalRequestCommon> & { [Field in Exclude<FlowField, keyof Request>]?: never }
    : never
  : never;

/**
 * Props shared by {@link ManageBillingButton} and {@link ManageBillingForm}, besides the flow fields.
 *
 * @example
 * const shared: ManageBillingOwnProps = { returnTo: '/account', locale: 'auto', target: '_blank' };
 */
export interface ManageBillingOwnProps extends BillingControlProps, PortalRequestCommon {
  /** The label. @defaultValue the flow's label from `DEFAULT_FLOW_LABELS` (or the provider's `labels`) */
  children?: BillingControlProps['children'];
}
