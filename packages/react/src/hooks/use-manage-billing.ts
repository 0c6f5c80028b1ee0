import type { PortalSessionRequest } from '@portalkit/protocol';
import { createPortalSession } from '../client/create-portal-session';
import { BILLING_PORTAL_MUTATION_KEY } from './billing-portal-mutation-options';
import type { UseManageBillingOptions, UseManageBillingResult } from './manage-billing-types';
import { useBillingSession, type BillingSessionKind } from './use-billing-session';

const PORTAL: BillingSessionKind<PortalSessionRequest | undefined> = {
  mutationKey: BILLING_PORTAL_MUTATION_KEY,
  // The provider's `endpoint` is the portal's.
  create: createPortalSession,
};

/**
 * Sends the customer to the Customer Portal: {@link billingPortalMutationOptions} plus navigation, a
 * new tab that popup blockers let through, prefetch on intent, and a user-facing error message.
 *
 * @example
 * const billing = useManageBilling();
 * <button onClick={() => billing.open({ flow: 'payment_method_update' })} aria-busy={billing.isBusy}>Update card</button>
 * {billing.message && <p role="alert">{billing.message}</p>}
 */
export function useManageBilling(options: UseManageBillingOptions = {}): UseManageBillingResult {
  return useBillingSession(PORTAL, options);
}
