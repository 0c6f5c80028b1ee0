import { isBillingVersionAfter } from '@portalkit/protocol';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { billingStateQuery, plansQuery } from './api';
import { type BillingView, toBillingView } from './billing-view';
import { isPastDue } from './past-due';

/** Where the page stands after the portal sent the customer back. */
export type ReturnPhase = 'none' | 'waiting' | 'updated' | 'settled';

const SEEN_VERSION_KEY = 'portalkit-demo:seen-billing-version';
const POLL_INTERVAL_MS = 1_000;
const MAX_POLLS = 20;

/**
 * The projected billing state. After a return from the portal (`returned`), it polls briefly until
 * the projection's version moves past the one this tab last showed, i.e. until the webhook for what
 * the customer did has landed (and, while the account is past due, until the webhooks that clear it).
 * The return itself carries no state: the redirect proves nothing.
 */
export function useBillingState(returned: boolean): { billing: BillingView; phase: ReturnPhase } {
  // undefined until the browser has read it (the server render and the first client render agree).
  const [seenVersion, setSeenVersion] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (returned) setSeenVersion(sessionStorage.getItem(SEEN_VERSION_KEY));
  }, [returned]);

  const { data: plans } = useSuspenseQuery(plansQuery);
  const changed = (version: string) => seenVersion != null && isBillingVersionAfter(version, seenVersion);
  const { data: state } = useSuspenseQuery({
    ...billingStateQuery(returned ? (seenVersion ?? null) : null),
    refetchInterval: (query) => {
      const data = query.state.data;
      // A failed renewal clears over several webhooks after the card update's own (`invoice.paid`, then
      // the subscription's `active`): keep polling while the page would still show the banner.
      if (!returned || data === undefined || (changed(data.version) && !isPastDue(toBillingView(data, plans)))) return false;
      return query.state.dataUpdateCount < MAX_POLLS ? POLL_INTERVAL_MS : false;
    },
  });

  const [pollsDone, setPollsDone] = useState(false);
  useEffect(() => {
    if (!returned) return;
    const timer = setTimeout(() => setPollsDone(true), POLL_INTERVAL_MS * (MAX_POLLS + 1));
    return () => clearTimeout(timer);
  }, [returned]);

  const phase: ReturnPhase = !returned ? 'none' : changed(state.version) ? 'updated' : pollsDone ? 'settled' : 'waiting';

  // Remember what this tab has shown, so the next return can tell a new webhook from an old one.
  useEffect(() => {
    if (phase === 'none' || phase === 'updated') sessionStorage.setItem(SEEN_VERSION_KEY, state.version);
  }, [phase, state.version]);

  return { billing: toBillingView(state, plans), phase };
}
