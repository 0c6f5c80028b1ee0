import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { isBillingVersionAfter, type BillingError, type BillingStateResponse } from '@portalkit/protocol';
import { QueryClientContext, useQuery, type QueryClient } from '@tanstack/react-query';
import { useBillingPortalConfig } from '../provider/billing-portal-context';
import {
  DEPARTURE_STORAGE_KEY,
  SHOWN_VERSION_STORAGE_KEY,
  readDeparture,
  rememberShownVersion,
  settleDeparture,
  type BillingDeparture,
} from './billing-return';
import { DEFAULT_BILLING_STATE_ENDPOINT, fetchBillingState } from './fetch-billing-state';

/**
 * Where the page stands about a trip to Stripe:
 * - `'none'`: no trip to settle; the state is what the server has.
 * - `'waiting'`: the customer is back, and the state is refetched until the webhook for what they did
 *   has moved it past what was shown before they left.
 * - `'updated'`: it has moved: show the new state (and say what changed).
 * - `'unchanged'`: nothing moved within `maxWaitMs`: the customer changed nothing, or Stripe is slow.
 */
export type BillingReturnPhase = 'none' | 'waiting' | 'updated' | 'unchanged';

/**
 * Options of {@link useBillingState}.
 *
 * @example
 * const options: UseBillingStateOptions = { endpoint: '/billing/state', maxWaitMs: 20_000 };
 */
export interface UseBillingStateOptions {
  /**
   * The URL of the app's billing-state handler.
   * @defaultValue `'/api/billing/state'`
   */
  endpoint?: string | undefined;
  /**
   * How often to ask again while waiting for a webhook after a return.
   * @defaultValue `1000`
   */
  pollIntervalMs?: number | undefined;
  /**
   * How long to wait for the state to move after a return before calling it `'unchanged'`.
   * @defaultValue `30000`
   */
  maxWaitMs?: number | undefined;
  /** The QueryClient to use, when neither the provider nor a `QueryClientProvider` gives one. */
  queryClient?: QueryClient | undefined;
}

/**
 * What {@link useBillingState} returns.
 *
 * @example
 * const { state, phase }: UseBillingStateResult = useBillingState();
 */
export interface UseBillingStateResult {
  /** The latest state from the server, `undefined` until the first answer. */
  state: BillingStateResponse | undefined;
  phase: BillingReturnPhase;
  /** The last failed request's error; the state shown is then the last one that arrived. */
  error: BillingError | null;
  isLoading: boolean;
  /** Asks the server again now. */
  refetch: () => void;
}

interface Wait {
  departure: BillingDeparture;
  until: number;
}

/** The query key of the billing state, for an app that invalidates it after its own mutations. */
export const billingStateQueryKey = (endpoint = DEFAULT_BILLING_STATE_ENDPOINT) =>
  ['portalkit', 'billing-state', endpoint] as const;

/**
 * The signed-in customer's billing state, as the server's billing projection holds it (fed by
 * webhooks, never by the redirect back from Stripe).
 *
 * When the customer comes back from the portal or Checkout opened by the kit's buttons (in this tab,
 * from the back-forward cache, or in another tab), it refetches every `pollIntervalMs` until the state's
 * version moves past the one shown before they left, then stops (`phase` says where it stands). The
 * return URL itself proves nothing and is not read. Other tabs refetch when one tab sees a newer version.
 *
 * @example
 * const { state, phase } = useBillingState();
 * if (phase === 'waiting') return <p role="status">Updating your billing details…</p>;
 * return <PlanCard subscription={state?.subscriptions[0]} />;
 */
export function useBillingState(options: UseBillingStateOptions = {}): UseBillingStateResult {
  const { endpoint = DEFAULT_BILLING_STATE_ENDPOINT, pollIntervalMs = 1000, maxWaitMs = 30_000 } = options;
  const config = useBillingPortalConfig();
  const mounted = useContext(QueryClientContext);
  const client = options.queryClient ?? config.queryClient ?? mounted;
  const [wait, setWait] = useState<Wait | null>(null);
  const [timedOut, setTimedOut] = useState(false);
  const waitRef = useRef(wait);
  waitRef.current = wait;
  const queryKey = useMemo(() => billingStateQueryKey(endpoint), [endpoint]);

  const moved = (state: BillingStateResponse | undefined, departure: BillingDeparture) =>
    state !== undefined && (departure.since === null || isBillingVersionAfter(state.version, departure.since));

  const query = useQuery(
    {
      queryKey,
      queryFn: ({ signal }) =>
        fetchBillingState({
          endpoint,
          headers: config.headers,
          fetch: config.fetch,
          // The first fetch starts before the effect below has noticed a return: read the departure here too.
          since: (waitRef.current?.departure ?? readDeparture())?.since,
          signal,
        }),
      refetchInterval: (current) => {
        const pending = waitRef.current;
        return pending && !moved(current.state.data, pending.departure) && Date.now() < pending.until ? pollIntervalMs : false;
      },
    },
    client,
  );
  const { data: state, refetch } = query;

  // Notice a return: on mount (a full page load), from the back-forward cache, on coming back to this
  // tab, and when another tab leaves or comes back. Each notice refetches at once.
  useEffect(() => {
    const notice = (refetch = true) => {
      const departure = readDeparture();
      if (!departure) return;
      if (waitRef.current?.departure.at !== departure.at) {
        // Set the ref at once: the refetch below already has to send this departure's `since`.
        waitRef.current = { departure, until: Date.now() + maxWaitMs };
        setWait(waitRef.current);
        setTimedOut(false);
      }
      if (refetch) void client?.invalidateQueries({ queryKey });
    };
    const onVisible = () => document.visibilityState === 'visible' && notice();
    const onPageShow = (event: PageTransitionEvent) => event.persisted && notice();
    const onStorage = (event: StorageEvent) => {
      if (event.key === DEPARTURE_STORAGE_KEY) notice();
      else if (event.key === SHOWN_VERSION_STORAGE_KEY) void client?.invalidateQueries({ queryKey });
    };
    // On mount the first fetch is already under way, with the departure's `since`.
    notice(false);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('storage', onStorage);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('storage', onStorage);
    };
  }, [client, queryKey, maxWaitMs]);

  const updated = wait !== null && moved(state, wait.departure);
  // The wait ends either way: when the state moved, or when the bound passes.
  useEffect(() => {
    if (!wait) return;
    if (updated) return settleDeparture(wait.departure.at);
    const timer = setTimeout(
      () => {
        settleDeparture(wait.departure.at);
        setTimedOut(true);
      },
      Math.max(0, wait.until - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [wait, updated]);

  // What this browser now shows, for the next departure to wait past and for other tabs to catch up.
  useEffect(() => {
    if (state && (!wait || updated || timedOut)) rememberShownVersion(state.version);
  }, [state, wait, updated, timedOut]);

  const phase: BillingReturnPhase = !wait ? 'none' : updated ? 'updated' : timedOut ? 'unchanged' : 'waiting';
  return {
    state,
    phase,
    error: (query.error as BillingError | null) ?? null,
    isLoading: query.isLoading,
    refetch: () => void refetch(),
  };
}
