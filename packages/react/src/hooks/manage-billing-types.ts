import type { PortalSessionRequest } from '@portalkit/protocol';
import type {
  BillingSessionResult,
  BillingSessionStatus,
  BillingSessionTarget,
  OpenSessionOptions,
  UseBillingSessionOptions,
} from './billing-session-types';

/**
 * Where a portal session stands: {@link BillingSessionStatus}.
 *
 * @example
 * const { status } = useManageBilling();
 * const label = status === 'pending' ? 'Opening…' : 'Manage billing';
 */
export type ManageBillingStatus = BillingSessionStatus;

/**
 * Where the portal opens: {@link BillingSessionTarget}.
 *
 * @example
 * billing.open({ flow: 'payment_method_update' }, { target: '_blank' satisfies PortalTarget });
 */
export type PortalTarget = BillingSessionTarget;

/**
 * Options for one {@link UseManageBillingResult.open} call: {@link OpenSessionOptions}.
 *
 * @example
 * billing.open({ flow: 'customer_update' }, { target: '_blank' });
 */
export type OpenPortalOptions = OpenSessionOptions;

/**
 * Options for {@link useManageBilling}: {@link UseBillingSessionOptions}.
 *
 * @example
 * useManageBilling({ queryClient, onError: (error) => report(error.code) });
 */
export type UseManageBillingOptions = UseBillingSessionOptions;

/**
 * What {@link useManageBilling} returns. Without input, `open` and `prefetch` use the portal homepage.
 *
 * @example
 * const { open, isBusy, message, retry } = useManageBilling();
 */
export interface UseManageBillingResult extends BillingSessionResult<PortalSessionRequest> {
  /** Creates a session and leaves for it. Call it inside the click; ignored while busy. */
  open: (input?: PortalSessionRequest, options?: OpenPortalOptions) => void;
  /** Starts the request early (on pointer-down or key-down); the next `open` with the same input uses it. */
  prefetch: (input?: PortalSessionRequest) => void;
}
