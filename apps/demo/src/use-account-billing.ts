import { type BillingReturnPhase, useBillingState } from '@portalkit/react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { plansQuery } from './api';
import { type BillingView, toBillingView } from './billing-view';
import { isPastDue } from './past-due';
import { type ReturnNoticeView, useReturnNotice } from './use-return-notice';

const FOLLOW_UP_INTERVAL_MS = 1_000;
const MAX_FOLLOW_UPS = 15;

/**
 * The account page's billing, from the kit's `useBillingState()`: after a return from the portal or
 * Checkout it refetches until the projection moved past what this browser showed before leaving (the
 * redirect itself proves nothing). A failed renewal clears over several webhooks (`invoice.paid`,
 * then the subscription's `active`), and the first one already moves the version: while the page
 * would still show the banner after such a move, it asks a few more times.
 *
 * Back from Stripe, `returnNotice` says what changed since the customer left (see `useReturnNotice`).
 */
export function useAccountBilling(): { billing: BillingView; phase: BillingReturnPhase; returnNotice: ReturnNoticeView } {
  const { data: plans } = useSuspenseQuery(plansQuery);
  const { state: current, phase, refetch } = useBillingState();
  // The server rendered the page with the state, so it is there from the first render on.
  const state = current as NonNullable<typeof current>;
  const billing = toBillingView(state, plans);
  const returnNotice = useReturnNotice(state, plans, refetch, phase === 'waiting');
  const stillPastDue = phase === 'updated' && isPastDue(billing);

  useEffect(() => {
    if (!stillPastDue) return;
    let asked = 0;
    const timer = setInterval(() => {
      asked += 1;
      if (asked > MAX_FOLLOW_UPS) clearInterval(timer);
      else refetch();
    }, FOLLOW_UP_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [stillPastDue, refetch]);

  return { billing, phase, returnNotice };
}
