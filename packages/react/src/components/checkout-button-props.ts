import { CHECKOUT_REQUEST_FIELDS, DEFAULT_CHECKOUT_ENDPOINT, type CheckoutSessionRequest } from '@portalkit/protocol';
import { useCheckout } from '../hooks/use-checkout';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import type { BillingControlProps } from './billing-control-props';
import { splitProps } from './split-props';

/**
 * What `CheckoutButton` and `CheckoutForm` hand to `BillingButton`: the props without `plan` and
 * `quantity`, the Checkout session, the request, its label and the endpoint. @internal
 */
export function useCheckoutButtonProps<TProps extends CheckoutSessionRequest & BillingControlProps>(props: TProps) {
  const [request, rest] = splitProps(props, CHECKOUT_REQUEST_FIELDS);
  const session = useCheckout({ onError: props.onError });
  const { checkoutEndpoint = DEFAULT_CHECKOUT_ENDPOINT } = useBillingPortalConfig();
  return { ...rest, session, request, labelKey: 'checkout' as const, action: checkoutEndpoint };
}
