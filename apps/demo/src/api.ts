import type { BillingStateResponse } from '@portalkit/protocol';
import { queryOptions } from '@tanstack/react-query';
import type { PlanOffer } from '../server/checkout-plans';
import type { CheckoutSuccessData } from '../server/checkout-success';
import type { DemoUserChoice, SessionInfo } from '../server/page-data';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Who is signed in, and whether the demo runs on the emulator. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: () => getJson<SessionInfo>('/api/session'),
});

/** The stub sign-in page's choices. */
export const demoUsersQuery = queryOptions({
  queryKey: ['demo-users'],
  queryFn: () => getJson<DemoUserChoice[]>('/api/demo/users'),
});

/**
 * The signed-in customer's billing, from the kit's billing-state handler, for the success page's wait
 * (the account page reads it through the kit's `useBillingState()`).
 */
export const billingStateQuery = queryOptions({
  queryKey: ['billing-state'],
  queryFn: () => getJson<BillingStateResponse>('/api/billing/state'),
});

/** The plans on sale: what Checkout sells (by key) and what a customer may switch to. */
export const plansQuery = queryOptions({
  queryKey: ['plans'],
  queryFn: () => getJson<PlanOffer[]>('/api/billing/plans'),
  staleTime: Number.POSITIVE_INFINITY,
});

/** What the success URL's Checkout Session bought, for the signed-in customer only (null when it is not theirs). */
export function purchaseQuery(sessionId: string | null) {
  return queryOptions({
    queryKey: ['purchase', sessionId],
    queryFn: async () => {
      const response = await fetch(`/api/billing/purchase?${new URLSearchParams({ session_id: sessionId ?? '' })}`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`GET /api/billing/purchase answered ${response.status}`);
      return (await response.json()) as CheckoutSuccessData;
    },
    // A purchase does not change after the page loads; only the webhook-fed billing state does.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
