import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderBillingHook } from '../test/render-billing-hook';
import { SESSION_URL } from '../test/scripted-fetch';

/** Lets a request the hook may have started reach the scripted fetch. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useManageBilling prefetch', () => {
  it('is refused while an open is pending or redirecting: one session per click', async () => {
    const { result, server, navigations } = renderBillingHook();
    act(() => result.current.open({ flow: 'customer_update' }));
    const request = await server.next();
    await waitFor(() => expect(result.current.status).toBe('pending'));

    act(() => result.current.prefetch({ flow: 'customer_update' }));
    await settle();
    expect(server.requests).toHaveLength(1);

    request.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(result.current.status).toBe('redirecting'));
    act(() => result.current.prefetch({ flow: 'customer_update' }));
    await settle();
    expect(server.requests).toHaveLength(1);
    expect(navigations).toEqual([SESSION_URL]);
  });

  it('is used only by an open of the same request', async () => {
    const { result, server, navigations } = renderBillingHook();
    act(() => result.current.prefetch({ flow: 'subscription_cancel', subscription: 'sub_1' }));
    (await server.next()).respond(200, { url: `${SESSION_URL}_cancel` });

    // Another flow gets its own session, never the prefetched page.
    act(() => result.current.open({ flow: 'payment_method_update' }));
    const other = await server.next();
    expect(other.body).toEqual({ flow: 'payment_method_update' });
    other.respond(200, { url: `${SESSION_URL}_card` });
    await waitFor(() => expect(navigations).toEqual([`${SESSION_URL}_card`]));
    act(() => result.current.reset());
    // Until then the page was leaving for Stripe: one redirect at a time.
    await waitFor(() => expect(result.current.isBlocked).toBe(false));

    act(() => result.current.prefetch({ flow: 'subscription_cancel', subscription: 'sub_1' }));
    (await server.next()).respond(200, { url: `${SESSION_URL}_cancel` });
    act(() => result.current.open({ flow: 'subscription_cancel', subscription: 'sub_1' }));
    await waitFor(() => expect(navigations).toEqual([`${SESSION_URL}_card`, `${SESSION_URL}_cancel`]));
    expect(server.requests).toHaveLength(3);
  });

  it('is used once: a retry after its failure asks for a new session', async () => {
    const { result, server, navigations } = renderBillingHook();
    act(() => result.current.prefetch({ flow: 'customer_update' }));
    (await server.next()).respond(429, { error: { code: 'RATE_LIMITED', message: 'slow down' } });
    act(() => result.current.open({ flow: 'customer_update' }));
    await waitFor(() => expect(result.current.error?.code).toBe('RATE_LIMITED'));

    act(() => result.current.retry());
    const fresh = await server.next();
    expect(fresh.body).toEqual({ flow: 'customer_update' });
    fresh.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
  });
});
