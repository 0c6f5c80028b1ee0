import type { ReactNode } from 'react';
import { MutationCache, onlineManager, QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { createScriptedFetch, SESSION_URL } from '../test/scripted-fetch';
import { BILLING_PORTAL_MUTATION_KEY, billingPortalMutationOptions } from './billing-portal-mutation-options';

afterEach(() => {
  onlineManager.setOnline(true);
});

function appWith(queryClient: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

it("composes with the app's own useMutation and never hands it the URL", async () => {
  const server = createScriptedFetch();
  server.autoRespond(200, { url: SESSION_URL });
  const navigations: string[] = [];
  const seenByApp: unknown[] = [];
  const queryClient = new QueryClient({ mutationCache: new MutationCache({ onSuccess: (data) => void seenByApp.push(data) }) });

  const { result } = renderHook(
    () =>
      useMutation({
        ...billingPortalMutationOptions({ fetch: server.fetch, navigate: (url) => void navigations.push(url) }),
        onSuccess: (data) => void seenByApp.push(data),
      }),
    { wrapper: appWith(queryClient) },
  );
  act(() => result.current.mutate({ flow: 'payment_method_update' }));
  await waitFor(() => expect(result.current.isSuccess).toBe(true));

  expect(navigations).toEqual([SESSION_URL]);
  expect(result.current.data).toBeUndefined();
  expect(seenByApp).toEqual([undefined, undefined]);
  expect(queryClient.getMutationCache().find({ mutationKey: BILLING_PORTAL_MUTATION_KEY })?.state.data).toBeUndefined();
});

it('fails at once with NETWORK_ERROR when offline, instead of pausing', async () => {
  onlineManager.setOnline(false);
  const server = createScriptedFetch();
  const { result } = renderHook(() => useMutation(billingPortalMutationOptions({ fetch: server.fetch })), {
    wrapper: appWith(new QueryClient()),
  });
  act(() => result.current.mutate({}));
  (await server.next()).fail();
  await waitFor(() => expect(result.current.error?.code).toBe('NETWORK_ERROR'));
  expect(result.current.failureCount).toBe(1);
});

it('keeps nothing once the mutation is unobserved', () => {
  expect(billingPortalMutationOptions()).toMatchObject({
    mutationKey: ['portalkit', 'portal-session'],
    gcTime: 0,
    networkMode: 'always',
    retry: false,
  });
});
