import { useCallback, useContext, useEffect, useRef } from 'react';
import type { PortalSessionRequest, PortalSessionResponse } from '@portalkit/protocol';
import { QueryClientContext, useMutation } from '@tanstack/react-query';
import { createPortalSession } from '../client/create-portal-session';
import { openBlankTab } from '../client/navigate';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import { billingPortalMutationOptions, portalCalls } from './billing-portal-mutation-options';
import type {
  ManageBillingStatus,
  OpenPortalOptions,
  UseManageBillingOptions,
  UseManageBillingResult,
} from './manage-billing-types';

interface Pending {
  busy?: true;
  last?: [input: PortalSessionRequest, options: OpenPortalOptions];
  prefetched?: { key: string; session: Promise<PortalSessionResponse> };
}

/**
 * Sends the customer to the Customer Portal: {@link billingPortalMutationOptions} plus navigation, a
 * new tab that popup blockers let through, prefetch on intent, and a user-facing error message.
 *
 * @example
 * const billing = useManageBilling();
 * <button onClick={() => billing.open({ flow: 'payment_method_update' })} aria-busy={billing.isBusy}>Update card</button>
 * {billing.message && <p role="alert">{billing.message}</p>}
 */
export function useManageBilling({ queryClient, onError }: UseManageBillingOptions = {}): UseManageBillingResult {
  const config = useBillingPortalConfig();
  const mounted = useContext(QueryClientContext);
  const client = queryClient ?? config.queryClient ?? mounted;
  if (process.env.NODE_ENV !== 'production' && !client) throw new Error(MISSING_QUERY_CLIENT);
  const pending = useRef<Pending>({});

  // The options' own function reads what `open` prepared for the call (see `portalCalls`).
  const mutation = useMutation(billingPortalMutationOptions(config), client);
  const { mutate, reset: resetMutation, error, isPending, isSuccess } = mutation;

  const reset = useCallback(() => {
    pending.current = {};
    resetMutation();
  }, [resetMutation]);

  const open = useCallback(
    (input: PortalSessionRequest = {}, { target = '_self' }: OpenPortalOptions = {}) => {
      const { busy, prefetched } = pending.current;
      if (busy) return;
      pending.current = { busy: true, last: [input, { target }] };
      const tab = target === '_blank' ? openBlankTab() : null;
      const variables = { ...input };
      portalCalls.set(variables, { tab, session: prefetched?.key === JSON.stringify(input) ? prefetched.session : undefined });
      mutate(variables, {
        // A new tab leaves this page where it was; the same tab stays `redirecting` until it unloads.
        onSuccess: () => tab && reset(),
        onError: (error) => {
          pending.current.busy = undefined;
          onError?.(error);
        },
      });
    },
    [mutate, reset, onError],
  );

  const prefetch = useCallback(
    (input: PortalSessionRequest = {}) => {
      if (pending.current.busy) return;
      const session = createPortalSession(input, config);
      // Not unhandled: the click that uses it reports the failure; an unused one is dropped.
      session.catch(() => undefined);
      pending.current.prefetched = { key: JSON.stringify(input), session };
    },
    [config],
  );

  const cancelPrefetch = useCallback(() => {
    pending.current.prefetched = undefined;
  }, []);

  const retry = useCallback(() => {
    const { last } = pending.current;
    if (last) open(...last);
  }, [open]);

  // Back from the portal through the back-forward cache, the page would still say `redirecting`.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => event.persisted && reset();
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [reset]);

  // Success means the URL was handed to `navigate`: the page is on its way out.
  const status: ManageBillingStatus = isSuccess ? 'redirecting' : mutation.status;
  return {
    open,
    prefetch,
    cancelPrefetch,
    retry,
    reset,
    status,
    isPending,
    isBusy: isPending || isSuccess,
    error,
    message: error && config.messages[error.code],
  };
}

// Dev only: in production the check is compiled out and TanStack Query's own error remains.
const MISSING_QUERY_CLIENT =
  '[portalkit] useManageBilling() found no QueryClient. Mount <QueryClientProvider client={queryClient}> ' +
  'from @tanstack/react-query above it, or pass one: <BillingPortalProvider queryClient={queryClient}> ' +
  'or useManageBilling({ queryClient }).';
