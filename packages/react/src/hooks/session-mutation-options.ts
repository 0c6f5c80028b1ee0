import type { BillingError } from '@portalkit/protocol';
import type { UseMutationOptions, WithRequired } from '@tanstack/react-query';
import { assignLocation } from '../client/navigate';
import { markDeparture } from '../state/billing-return';
import { toBillingError, type BillingClientOptions } from '../client/request-session';

/**
 * What {@link billingPortalMutationOptions} and {@link checkoutMutationOptions} take: where to post, and
 * how to leave for the session URL.
 *
 * @example
 * checkoutMutationOptions({ endpoint: '/billing/checkout', navigate: (url) => window.location.replace(url) } satisfies BillingSessionOptions);
 */
export interface BillingSessionOptions extends BillingClientOptions {
  /**
   * Receives the single-use session URL and leaves for it.
   * @defaultValue `(url) => window.location.assign(url)`
   */
  navigate?: ((url: string) => void) | undefined;
}

/**
 * Mutation options for one kind of session: no data, a typed error, the request as variables.
 *
 * @example
 * const options: SessionMutationOptions<CheckoutSessionRequest> = checkoutMutationOptions();
 */
export type SessionMutationOptions<TInput> = WithRequired<
  UseMutationOptions<void, BillingError, TInput>,
  'mutationKey' | 'mutationFn'
>;

/** What a hook prepared inside the click for the call it starts. @internal */
export interface PreparedSession {
  /** The tab opened inside the click for `target: '_blank'`, pointed at Stripe when the URL arrives. */
  tab: Window | null;
  /** A session prefetched on intent for the same request. */
  session: Promise<{ url: string }> | undefined;
}

/**
 * The one implementation behind the portal and Checkout mutation options: create the session, then
 * leave for it. Pure, like TanStack's `mutationOptions`: each call builds fresh options from its
 * arguments. A hook passes `prepared` to hand the call its tab and prefetched session, from its own
 * state, so nothing module-level links a hook to a mutation (and a Window never lands in the cache).
 * @internal
 */
export function sessionMutationOptions<TInput, TOptions extends BillingSessionOptions>(
  mutationKey: readonly string[],
  create: (input: TInput, options: TOptions) => Promise<{ url: string }>,
  options: TOptions,
  prepared?: () => PreparedSession | undefined,
): SessionMutationOptions<TInput> {
  return {
    mutationKey,
    mutationFn: async (input) => {
      const call = prepared?.();
      const tab = call?.tab;
      try {
        const { url } = await (call?.session ?? create(input, options));
        // So that `useBillingState` knows, on the way back, to wait for what the customer does there.
        markDeparture();
        // `replace`: the blank page should not be a step in the new tab's history.
        if (!tab) (options.navigate ?? assignLocation)(url);
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
