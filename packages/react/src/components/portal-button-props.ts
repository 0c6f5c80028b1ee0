import { REQUEST_FIELDS } from '@portalkit/protocol';
import { useManageBilling } from '../hooks/use-manage-billing';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import type { ManageBillingOwnProps, PortalFlowProps } from './manage-billing-props';
import { splitProps } from './split-props';

/**
 * What `ManageBillingButton` and `ManageBillingForm` hand to `BillingButton`: the props without the
 * flow fields, the portal session, the request, its label and the endpoint. @internal
 */
export function usePortalButtonProps<TProps extends PortalFlowProps & ManageBillingOwnProps>(props: TProps) {
  const [request, rest] = splitProps(props, REQUEST_FIELDS);
  const session = useManageBilling({ onError: props.onError });
  const { endpoint } = useBillingPortalConfig();
  return { ...rest, session, request, labelKey: props.flow ?? ('portal_homepage' as const), action: endpoint };
}
