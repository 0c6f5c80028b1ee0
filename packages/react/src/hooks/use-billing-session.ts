import { useCallback, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import { QueryClientContext, useMutation, useQueryClient, type MutationFilters, type QueryClient } from '@tanstack/react-query';
import { openBlankTab } from '../client/navigate';
import { useBillingPortalConfig, type ResolvedBillingPortalConfig } from '../provider/billing-portal-context';
import type {
  BillingSessionResult,
  BillingSessionStatus,
  OpenSessionOptions,
  UseBillingSessionOptions,
} from './billing-session-types';
import { sessionMutationOptions, type PreparedSession } from './session-mutation-options';

/** One kind of session (portal or Checkout): its mutation key, and its client reading the provider's settings. @internal */
export interface BillingSessionKind<TInput> {
  mutationKey: readonly string[];
  create: (input: TInput, config: ResolvedBillingPortalConfig) => Promise<{ url: string }>;
}

interface Pending<TInput> {
  busy?: true;
  last?: [input: TInput, options: OpenSessionOptions];
  prefetched?: { key: string; session: Promise<{ url: string }> };
}

/**
 * The state machine behind {@link useManageBilling} and {@link useCheckout}: the kind's mutation options
 * plus navigation, a new tab that popup blockers let through, prefetch on intent, and a user-facing
 * error message. @internal
 */
export function useBillingSession<TInput>(
  kind: BillingSessionKind<TInput>,
  { queryClient, onError }: UseBillingSessionOptions,
): BillingSessionResult<TInput> {
  const config = useBillingPortalConfig();
  const mounted = useContext(QueryClientContext);
  const found = queryClient ?? config.queryClient ?? mounted;
  if (process.env.NODE_ENV !== 'production' && !found) throw new Error(MISSING_QUERY_CLIENT);
  const client = useQueryClient(found);
  const pending = useRef<Pending<TInput>>({});
  // What `open` prepared for the call in flight, read by the mutation function; apart from `pending`,
  // so a `reset()` while a request is in flight cannot lose its tab.
  const call = useRef<PreparedSession | undefined>(undefined);

  const mutation = useMutation(
    sessionMutationOptions(kind.mutationKey, kind.create, config, () => call.current),
    client,
  );
  const { mutate, reset: resetMutation, error, isPending, isSuccess } = mutation;
  const isBusy = isPending || isSuccess;
  const subscribe = useCallback((onChange: () => void) => client.getMutationCache().subscribe(onChange), [client]);
  // Never blocked on the server: nothing opens there.
  const isBlocked =
    useSyncExternalStore(
      subscribe,
      () => isLeaving(client),
      () => false,
    ) && !isBusy;

  const reset = useCallback(() => {
    pending.current = {};
    resetMutation();
  }, [resetMutation]);

  const open = useCallback(
    (input: TInput, { target = '_self' }: OpenSessionOptions = {}) => {
      const { busy, prefetched } = pending.current;
      if (busy || isLeaving(client)) return;
      const tab = target === '_blank' ? openBlankTab() : null;
      const session = prefetched?.key === keyOf(input) ? prefetched.session : undefined;
      pending.current = { busy: true, last: [input, { target }] };
      call.current = { tab, session };
      mutate(input, {
        // A new tab leaves this page where it was; the same tab stays `redirecting` until it unloads.
        onSuccess: () => tab && reset(),
        onError: (error) => {
          pending.current.busy = undefined;
          onError?.(error);
        },
      });
    },
    [mutate, reset, onError, client],
  );

  const prefetch = useCallback(
    (input: TInput) => {
      if (pending.current.busy || isLeaving(client)) return;
      const session = kind.create(input, config);
      // Not unhandled: the click that uses it reports the failure; an unused one is dropped.
      session.catch(() => undefined);
      pending.current.prefetched = { key: keyOf(input), session };
    },
    [kind, config, client],
  );

  const cancelPrefetch = useCallback(() => {
    pending.current.prefetched = undefined;
  }, []);

  const retry = useCallback(() => {
    const { last } = pending.current;
    if (last) open(...last);
  }, [open]);

  // Back from Stripe through the back-forward cache, the page would still say `redirecting`.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => event.persisted && reset();
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [reset]);

  // Success means the URL was handed to `navigate`: the page is on its way out.
  const status: BillingSessionStatus = isSuccess ? 'redirecting' : mutation.status;
  return {
    open,
    prefetch,
    cancelPrefetch,
    retry,
    reset,
    status,
    isPending,
    isBusy,
    isBlocked,
    error,
    message: error && config.messages[error.code],
  };
}

/*
 * One redirect at a time per page: every portal or Checkout mutation in the QueryClient (its key starts
 * with 'portalkit', the app's own `useMutation(billingPortalMutationOptions())` included) that is in
 * flight, or has succeeded and so is leaving for Stripe. A new-tab success is reset at once and dropped
 * (`gcTime: 0`); back through the back-forward cache, `pageshow` resets it. Per client, not per module,
 * so server rendering shares nothing between requests.
 */
const IN_FLIGHT: MutationFilters = {
  mutationKey: ['portalkit'],
  predicate: ({ state }) => state.status === 'pending' || state.status === 'success',
};
const isLeaving = (client: QueryClient) => client.getMutationCache().findAll(IN_FLIGHT).length > 0;

// No input is the portal homepage, the same request as `{}`.
const keyOf = (input: unknown) => JSON.stringify(input ?? {});

// Dev only: in production the check is compiled out and TanStack Query's own error remains.
const MISSING_QUERY_CLIENT =
  '[portalkit] useManageBilling() or useCheckout() found no QueryClient. Mount <QueryClientProvider client={queryClient}> ' +
  'from @tanstack/react-query above it, or pass one: <BillingPortalProvider queryClient={queryClient}> ' +
  'or useManageBilling({ queryClient }).';
