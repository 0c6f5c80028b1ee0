import type { BillingError, PortalSessionRequest, PortalSessionResponse } from '@portalkit/protocol';
import type { UseMutationOptions, WithRequired } from '@tanstack/react-query';
import { createPortalSession, toBillingError, type BillingPortalClientOptions } from '../client/create-portal-session';
import { assignLocation } from '../client/navigate';

/**
 * Settings for {@link billingPortalMutationOptions}: where to post, and how to leave for the portal.
 *
 * @example
 * billingPortalMutationOptions({ endpoint: '/billing/portal', navigate: (url) => window.location.replace(url) });
 */
export interface BillingPortalMutationConfig extends BillingPortalClientOptions {
  /**
   * Receives the single-use session URL and leaves for it.
   * @defaultValue `(url) => window.location.assign(url)`
   */
  navigate?: ((url: string) => void) | undefined;
}

/**
 * The mutation options {@link billingPortalMutationOptions} returns: no data, a typed error, the request as variables.
 *
 * @example
 * const options: BillingPortalMutationOptions = billingPortalMutationOptions();
 * const portal = useMutation(options); // portal.error is a BillingError | null
 */
export type BillingPortalMutationOptions = WithRequired<
  UseMutationOptions<void, BillingError, PortalSessionRequest>,
  'mutationKey' | 'mutationFn'
>;

/**
 * The key of every portal-session mutation, for `useMutationState` or `useIsMutating` filters.
 *
 * @example
 * const leaving = useIsMutating({ mutationKey: BILLING_PORTAL_MUTATION_KEY }) > 0;
 */
export const BILLING_PORTAL_MUTATION_KEY = ['portalkit', 'portal-session'] as const;

/**
 * Mutation options that create a portal session and navigate to it, to spread into the app's own
 * `useMutation` (add `onError`, `onMutate` for analytics, and so on).
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
export function billingPortalMutationOptions(config: BillingPortalMutationConfig = {}): BillingPortalMutationOptions {
  return {
    mutationKey: BILLING_PORTAL_MUTATION_KEY,
    mutationFn: async (input) => {
      // What `useManageBilling().open` prepared for this call, if it made it: a prefetched session, a new tab.
      const call = portalCalls.get(input);
      const tab = call?.tab;
      try {
        const { url } = await (call?.session ?? createPortalSession(input, config));
        // `replace`: the blank page should not be a step in the new tab's history.
        if (!tab) (config.navigate ?? assignLocation)(url);
        else if (!tab.closed) tab.location.replace(url);
      } catch (error) {
        tab?.close();
        throw toBillingError(error);
      }
    },
    // Nothing worth keeping: no data, and a finished attempt has no use once its button is gone.
    gcTime: 0,
    // Offline, fail now with NETWORK_ERROR instead of pausing with a spinner until the browser reconnects.
    networkMode: 'always',
    // Each attempt creates a Stripe session; the user retries, not a timer.
    retry: false,
  };
}

/** What `useManageBilling().open` prepared for one call. @internal */
export interface PortalCall {
  /** The tab opened inside the click for `target: '_blank'`, pointed at the portal when the URL arrives. */
  tab: Window | null;
  /** A session prefetched on intent for the same request. */
  session: Promise<PortalSessionResponse> | undefined;
}

/**
 * Per-call context keyed by the variables object, so a Window never lands in the mutation cache. Each
 * `open` makes a fresh variables object, so one map serves every hook; entries go with their mutation.
 * @internal
 */
export const portalCalls = /* @__PURE__ */ new WeakMap<PortalSessionRequest, PortalCall>();
