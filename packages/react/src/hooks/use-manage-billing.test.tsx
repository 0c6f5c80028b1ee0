import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BillingPortalProvider } from '../provider/billing-portal-provider';
import { renderBillingHook } from '../test/render-billing-hook';
import { renderError } from '../test/render-error';
import { createScriptedFetch, SESSION_URL } from '../test/scripted-fetch';
import { useManageBilling } from './use-manage-billing';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('useManageBilling', () => {
  it('goes idle, pending, redirecting, ignoring open() while busy', async () => {
    const { result, server, navigations } = renderBillingHook();
    expect(result.current).toMatchObject({ status: 'idle', isPending: false, isBusy: false, error: null, message: null });

    act(() => result.current.open({ flow: 'payment_method_update' }));
    act(() => result.current.open({ flow: 'customer_update' }));
    const request = await server.next();
    await waitFor(() => expect(result.current.status).toBe('pending'));
    expect(result.current).toMatchObject({ isPending: true, isBusy: true });

    request.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(result.current.status).toBe('redirecting'));
    expect(result.current).toMatchObject({ isPending: false, isBusy: true });
    expect(navigations).toEqual([SESSION_URL]);
    expect(server.requests.map((r) => r.body)).toEqual([{ flow: 'payment_method_update' }]);
  });

  it('gives a typed error, its user message and onError; retry repeats the last request; reset clears', async () => {
    const onError = vi.fn();
    const { result, server } = renderBillingHook({ onError });
    act(() => result.current.open({ flow: 'subscription_pause', subscription: 'sub_1' }));
    (await server.next()).respond(404, { error: { code: 'NOT_FOUND', message: 'sub_1 belongs to someone else' } });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ name: 'BillingError', code: 'NOT_FOUND', status: 404 });
    expect(result.current.message).toBe('We could not find that subscription on your account.');
    expect(onError).toHaveBeenCalledWith(result.current.error);

    act(() => result.current.retry());
    const again = await server.next();
    expect(again.body).toEqual({ flow: 'subscription_pause', subscription: 'sub_1' });
    again.respond(500, { error: { code: 'INTERNAL_ERROR', message: 'x' } });
    await waitFor(() => expect(result.current.error?.code).toBe('INTERNAL_ERROR'));

    act(() => result.current.reset());
    await waitFor(() => expect(result.current).toMatchObject({ status: 'idle', error: null, message: null }));
  });

  it('comes back to idle when the page is restored from the back-forward cache', async () => {
    const { result, server } = renderBillingHook();
    server.autoRespond(200, { url: SESSION_URL });
    act(() => result.current.open());
    await waitFor(() => expect(result.current.status).toBe('redirecting'));

    act(() => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false })));
    expect(result.current.status).toBe('redirecting');
    act(() => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await waitFor(() => expect(result.current.status).toBe('idle'));
    act(() => result.current.open());
    await waitFor(() => expect(server.requests).toHaveLength(2));
  });

  it('works without the provider: default endpoint and the global fetch', async () => {
    const server = createScriptedFetch();
    vi.stubGlobal('fetch', server.fetch);
    server.autoRespond(401, { error: { code: 'UNAUTHENTICATED', message: 'no session' } });
    const queryClient = new QueryClient();
    const { result } = renderHook(() => useManageBilling({ queryClient }));
    act(() => result.current.open({ flow: 'customer_update' }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(server.requests[0]?.url).toBe('/api/billing/portal');
    expect(result.current.message).toBe('Your session has ended. Please sign in again.');
  });

  it('uses a mounted QueryClientProvider when there is one', async () => {
    const queryClient = new QueryClient();
    const server = createScriptedFetch();
    server.autoRespond(500, { error: { code: 'INTERNAL_ERROR', message: 'x' } });
    const { result } = renderHook(() => useManageBilling(), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={queryClient}>
          <BillingPortalProvider fetch={server.fetch}>{children}</BillingPortalProvider>
        </QueryClientProvider>
      ),
    });
    act(() => result.current.open());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(queryClient.getMutationCache().getAll()).toHaveLength(1);
  });

  it('says how to fix a missing QueryClient in development', () => {
    expect(renderError(() => renderHook(() => useManageBilling()))).toMatchObject({
      message: expect.stringMatching(
        /found no QueryClient\. Mount <QueryClientProvider client=\{queryClient\}>.*<BillingPortalProvider queryClient=\{queryClient\}>.*useManageBilling\(\{ queryClient \}\)/,
      ),
    });
  });

  it('leaves the check out in production, where TanStack Query reports it', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(renderError(() => renderHook(() => useManageBilling()))).toMatchObject({
      message: 'No QueryClient set, use QueryClientProvider to set one',
    });
  });
});
