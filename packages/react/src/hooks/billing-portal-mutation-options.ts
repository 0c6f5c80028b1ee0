import type { PortalSessionRequest } from '@portalkit/protocol';
import { createPortalSession } from '../client/create-portal-session';
import { sessionMutationOptions, type BillingSessionOptions, type SessionMutationOptions } from './session-mutation-options';

/**
 * Settings for {@link billingPortalMutationOptions}.
 * @deprecated Use BillingSessionOptions instead.
 */
export type BillingPortalMutationConfig = BillingSessionOptions;

/**
 * The mutation options {@link billingPortalMutationOptions} returns: no data, a typed error, the request as variables.
 *
 * @example
 * const options: BillingPortalMutationOptions = billingPortalMutationOptions();
 * const portal = useMutation(options); // portal.error is a BillingError | null
 */
export type BillingPortalMutationOptions = SessionMutationOptions<PortalSessionRequest>;

/**
 * The key of every portal-session mutation, for `useMutationState` or `useIsMutating` filters.
 *
 * @example
 * const leaving = useIsMutating({ mutationKey: BILLING_PORTAL_MUTATION_KEY }) > 0;
 */
export const BILLING_PORTAL_MUTATION_KEY = ['portalkit', 'portal-session'] as const;

/**
 * Mutation options that create a portal session and navigate to it, to spread into the app's own
 * `useMutation` (add `onError`, `onMutate` for analytics, and so on). Pure: the options depend on the
 * arguments alone.
 *
 * The session URL never leaves the mutation function: it is handed to `navigate` and the mutation
 * resolves with no data, so it is not in the mutation cache, global `MutationCache` callbacks, devtools
 * or a persister. Errors are always a `BillingError`.
 *
 * @example
 * const portal = useMutation({
 *   ...billingPortalMutationOptions({ endpoint: '/api/billing/portal' }),
 *   onError: (error) => toast(messages[error.code]),
 * });
 * portal.mutate({ flow: 'subscription_cancel', subscription: 'sub_123' });
 */
export function billingPortalMutationOptions(options: BillingSessionOptions = {}): BillingPortalMutationOptions {
  return sessionMutationOptions(BILLING_PORTAL_MUTATION_KEY, createPortalSession, options);
}
