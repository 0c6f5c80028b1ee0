import type { ReactNode } from 'react';
import { MutationCache, QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { createScriptedFetch } from '../test/scripted-fetch';
import { billingPortalMutationOptions } from './billing-portal-mutation-options';
import { CHECKOUT_MUTATION_KEY, checkoutMutationOptions } from './checkout-mutation-options';

const CHECKOUT_URL = 'https://checkout.stripe.com/c/pay/cs_test_react_kit';

function appWith(queryClient: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

it("composes with the app's own useMutation: posts the plan, navigates, never hands the app the URL", async () => {
  const server = createScriptedFetch();
  server.autoRespond(200, { url: CHECKOUT_URL });
  const navigations: string[] = [];
  const seenByApp: unknown[] = [];
  const queryClient = new QueryClient({ mutationCache: new MutationCache({ onSuccess: (data) => void seenByApp.push(data) }) });
  const { result } = renderHook(
    () => useMutation(checkoutMutationOptions({ fetch: server.fetch, navigate: (url) => void navigations.push(url) })),
    { wrapper: appWith(queryClient) },
  );
  act(() => result.current.mutate({ plan: 'team', quantity: 2 }));
  await waitFor(() => expect(result.current.isSuccess).toBe(true));

  expect(server.requests.map(({ url, body }) => [url, body])).toEqual([['/api/billing/checkout', { plan: 'team', quantity: 2 }]]);
  expect(navigations).toEqual([CHECKOUT_URL]);
  expect(seenByApp).toEqual([undefined]);
  expect(queryClient.getMutationCache().find({ mutationKey: CHECKOUT_MUTATION_KEY })?.state.data).toBeUndefined();
});

it('gives a typed BillingError for ALREADY_SUBSCRIBED, so the app can offer the portal', async () => {
  const server = createScriptedFetch();
  server.autoRespond(409, { error: { code: 'ALREADY_SUBSCRIBED', message: 'has sub_1' } });
  const { result } = renderHook(() => useMutation(checkoutMutationOptions({ fetch: server.fetch })), {
    wrapper: appWith(new QueryClient()),
  });
  act(() => result.current.mutate({ plan: 'pro_monthly' }));
  await waitFor(() => expect(result.current.error?.code).toBe('ALREADY_SUBSCRIBED'));
  expect(result.current.error).toMatchObject({ status: 409, retryable: false });
});

// Pure like TanStack's `mutationOptions`: the result depends on the arguments only, so two calls agree,
// and a call's mutation function works on its own, with no hook to have prepared anything for it.
it.each([
  { name: 'checkoutMutationOptions', options: checkoutMutationOptions, input: { plan: 'pro_monthly' } },
  { name: 'billingPortalMutationOptions', options: billingPortalMutationOptions, input: { flow: 'customer_update' as const } },
])('$name is pure', async ({ options, input }) => {
  const server = createScriptedFetch();
  server.autoRespond(200, { url: CHECKOUT_URL });
  const navigations: string[] = [];
  const config = { fetch: server.fetch, navigate: (url: string) => void navigations.push(url) };
  const first = options(config);
  const second = options(config);
  expect(first).not.toBe(second);
  expect({ ...first, mutationFn: undefined }).toEqual({ ...second, mutationFn: undefined });
  expect(first).toMatchObject({ gcTime: 0, networkMode: 'always', retry: false });

  await (first.mutationFn as (variables: typeof input) => Promise<void>)(input);
  await (second.mutationFn as (variables: typeof input) => Promise<void>)(input);
  expect(server.requests.map((request) => request.body)).toEqual([input, input]);
  expect(navigations).toEqual([CHECKOUT_URL, CHECKOUT_URL]);
});
