import { queryOptions } from '@tanstack/react-query';
import type { BillingState, PlanState } from '../server/billing-state';
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

/** The signed-in customer's billing, as the server projected it from webhooks. */
export const billingStateQuery = queryOptions({
  queryKey: ['billing-state'],
  queryFn: () => getJson<BillingState>('/api/billing/state'),
});

/** The plans a customer may switch to. */
export const plansQuery = queryOptions({
  queryKey: ['plans'],
  queryFn: () => getJson<PlanState[]>('/api/billing/plans'),
  staleTime: Number.POSITIVE_INFINITY,
});
