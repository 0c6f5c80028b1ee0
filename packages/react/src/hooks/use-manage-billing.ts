import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { PortalSessionRequest, PortalSessionResponse } from '@portalkit/protocol';
import { QueryClientContext, useMutation } from '@tanstack/react-query';
import { createPortalSession } from '../client/create-portal-session';
import { openBlankTab } from '../client/navigate';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import { billingPortalMutationOptions, leaveForPortal } from './billing-portal-mutation-options';
import type {
  ManageBillingStatus,
  OpenPortalOptions,
  PortalTarget,
  UseManageBillingOptions,
  UseManageBillingResult,
} from './manage-billing-types';

interface PortalCall {
  tab: Window | null;
  session: Promise<PortalSessionResponse> | undefined;
}

interface Pending {
  busy: boolean;
  last?: { input: PortalSessionRequest; target: PortalTarget };
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
export function useManageBilling(options: UseManageBillingOptions = {}): UseManageBillingResult {
  const config = useBillingPortalConfig();
  const mounted = useContext(QueryClientContext);
  const queryClient = options.queryClient ?? config.queryClient ?? mounted;
  if (process.env.NODE_ENV !== 'production' && !queryClient) throw new Error(MISSING_QUERY_CLIENT);
  // Per-call context keyed by the variables object, so a Window never lands in the mutation cache.
  const [calls] = useState(() => new WeakMap<PortalSessionRequest, PortalCall>());
  const pending = useRef<Pending>({ busy: false });
  const { onError } = options;

  const mutation = useMutation(
    {
      ...billingPortalMutationOptions(config),
      mutationFn: async (input: PortalSessionRequest) => {
        const call = calls.get(input);
        const tab = call?.tab;
        try {
          await leaveForPortal(
            call?.session ?? createPortalSession(input, config),
            // `replace`: the blank page should not be a step in the new tab's history.
            tab ? (url) => tab.closed || tab.location.replace(url) : config.navigate,
          );
        } catch (error) {
          tab?.close();
          throw error;
        }
      },
    },
    queryClient,
  );
  const { mutate, reset: resetMutation } = mutation;

  const reset = useCallback(() => {
    pending.current = { busy: false };
    resetMutation();
  }, [resetMutation]);

  const open = useCallback(
    (input: PortalSessionRequest = {}, { target = '_self' }: OpenPortalOptions = {}) => {
      const state = pending.current;
      if (state.busy) return;
      const { prefetched } = state;
      pending.current = { busy: true, last: { input, target } };
      const tab = target === '_blank' ? openBlankTab() : null;
      const variables = { ...input };
      calls.set(variables, { tab, session: prefetched?.key === keyOf(input) ? prefetched.session : undefined });
      mutate(variables, {
        // A new tab leaves this page where it was; the same tab stays `redirecting` until it unloads.
        onSuccess: () => tab && reset(),
        onError: (error) => {
          pending.current.busy = false;
          onError?.(error);
        },
      });
    },
    [calls, mutate, reset, onError],
  );

  const prefetch = useCallback(
    (input: PortalSessionRequest = {}) => {
      if (pending.current.busy) return;
      const session = createPortalSession(input, config);
      // Not unhandled: the click that uses it reports the failure; an unused one is dropped.
      session.catch(() => undefined);
      pending.current.prefetched = { key: keyOf(input), session };
    },
    [config],
  );

  const cancelPrefetch = useCallback(() => {
    pending.current.prefetched = undefined;
  }, []);

  const retry = useCallback(() => {
    const { last } = pending.current;
    if (last) open(last.input, { target: last.target });
  }, [open]);

  // Back from the portal through the back-forward cache, the page would still say `redirecting`.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => event.persisted && reset();
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [reset]);

  // Success means the URL was handed to `navigate`: the page is on its way out.
  const status: ManageBillingStatus = mutation.status === 'success' ? 'redirecting' : mutation.status;
  const error = mutation.error;
  return {
    open,
    prefetch,
    cancelPrefetch,
    retry,
    reset,
    status,
    isPending: status === 'pending',
    isBusy: status === 'pending' || status === 'redirecting',
    error,
    message: error ? config.messages[error.code] : null,
  };
}

// Dev only: in production the check is compiled out and TanStack Query's own error remains.
const MISSING_QUERY_CLIENT =
  '[portalkit] useManageBilling() found no QueryClient. Mount <QueryClientProvider client={queryClient}> ' +
  'from @tanstack/react-query above it, or pass one: <BillingPortalProvider queryClient={queryClient}> ' +
  'or useManageBilling({ queryClient }).';

function keyOf(input: PortalSessionRequest): string {
  return JSON.stringify(input);
}
