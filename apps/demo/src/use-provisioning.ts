import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BillingSubscription } from '@portalkit/protocol';
import { billingStateQuery } from './api';

const POLL_INTERVAL_MS = 1_000;
const MAX_POLLS = 60;

/** Where the account stands after Checkout: `waiting` for the webhook, `ready` once it landed, `slow` after a minute of nothing. */
export type ProvisioningPhase = 'waiting' | 'ready' | 'slow';

const LIVE = new Set(['active', 'trialing', 'past_due']);

/**
 * Waits until the webhook has provisioned what the success page says was bought: it polls the
 * projected billing state (which only verified webhooks change) until a live subscription to
 * `priceId` shows up. The success URL itself proves nothing, so it provisions nothing.
 */
export function useProvisioning(priceId: string | null): { phase: ProvisioningPhase; subscription: BillingSubscription | null } {
  const find = (subscriptions: readonly BillingSubscription[]) =>
    subscriptions.find(
      (subscription) => LIVE.has(subscription.status) && (!priceId || subscription.items.some((item) => item.price === priceId)),
    ) ?? null;
  const { data: billing } = useSuspenseQuery({
    ...billingStateQuery,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data || find(data.subscriptions)) return false;
      return query.state.dataUpdateCount < MAX_POLLS ? POLL_INTERVAL_MS : false;
    },
  });
  const [pollsDone, setPollsDone] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPollsDone(true), POLL_INTERVAL_MS * (MAX_POLLS + 1));
    return () => clearTimeout(timer);
  }, []);
  const subscription = find(billing.subscriptions);
  const phase: ProvisioningPhase = subscription ? 'ready' : pollsDone ? 'slow' : 'waiting';
  return { phase, subscription };
}
