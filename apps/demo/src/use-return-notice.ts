import type { BillingStateResponse } from '@portalkit/protocol';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { PlanState } from '../server/price-catalog';
import { describeBillingChanges } from './describe-billing-changes';
import { forgetReturnTrip, returnNoticeQuery } from './return-notice-query';

/** What the return notice shows. */
export type ReturnNoticeView =
  | { kind: 'none' }
  /** Back from Stripe, and the webhook for what the customer did may still be on its way. */
  | { kind: 'checking' }
  | { kind: 'changes'; sentences: string[] }
  | { kind: 'checkout-canceled' };

const POLL_INTERVAL_MS = 1_000;

/**
 * The account page's note about a trip to Stripe: what changed, from comparing what the page showed
 * when the customer left with the billing state it shows now (the webhook-fed projection). While they
 * match, it asks for the state every second, for as long as the server said to wait; then it tells the
 * server the trip is done, so a reload says nothing. While `kitPolling` (the kit's `useBillingState`
 * is already refetching after the return), it leaves the asking to the kit: one request a second, not two.
 *
 * @example
 * const notice = useReturnNotice(state, plans, refetch, phase === 'waiting');
 * notice.kind === 'changes' && notice.sentences; // ['Mastercard ending in 4444 is now your payment method.']
 */
export function useReturnNotice(
  state: BillingStateResponse,
  plans: readonly PlanState[],
  refetch: () => void,
  kitPolling: boolean,
): ReturnNoticeView {
  const { data: notice } = useSuspenseQuery(returnNoticeQuery);
  const trip = notice?.kind === 'trip' ? notice : null;
  const sentences = trip ? describeBillingChanges(trip.before, state, plans) : [];
  const [expired, setExpired] = useState(false);
  const waiting = trip !== null && sentences.length === 0 && !expired;
  const told = useRef(false);
  // The caller's `refetch` may be a new function on every render; the polling must not restart with it.
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;

  useEffect(() => {
    if (!trip) return;
    const stop = setTimeout(() => setExpired(true), trip.waitMs);
    return () => clearTimeout(stop);
  }, [trip]);

  useEffect(() => {
    if (!waiting || kitPolling) return;
    const poll = setInterval(() => refetchRef.current(), POLL_INTERVAL_MS);
    return () => clearInterval(poll);
  }, [waiting, kitPolling]);

  useEffect(() => {
    if (!trip?.pending || waiting || told.current) return;
    told.current = true;
    void forgetReturnTrip(trip.leftAt);
  }, [trip, waiting]);

  if (notice?.kind === 'checkout-canceled') return notice;
  if (sentences.length > 0) return { kind: 'changes', sentences };
  return waiting ? { kind: 'checking' } : { kind: 'none' };
}
