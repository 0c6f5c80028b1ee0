import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeTab } from '../test/fake-tab';
import { renderBillingHook } from '../test/render-billing-hook';
import { SESSION_URL } from '../test/scripted-fetch';

afterEach(() => {
  vi.restoreAllMocks();
});

const BUSY = { error: { code: 'STRIPE_UNAVAILABLE', message: 'Stripe returned 500' } };

describe('useManageBilling target', () => {
  it.each([
    { name: 'by default', options: undefined },
    { name: "with target '_self'", options: { target: '_self' as const } },
  ])('leaves in this tab $name and never opens a window, on retry either', async ({ options }) => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const { result, server, navigations } = renderBillingHook();

    act(() => result.current.open({ flow: 'customer_update' }, options));
    (await server.next()).respond(502, BUSY);
    await waitFor(() => expect(result.current.status).toBe('error'));
    act(() => result.current.retry());
    (await server.next()).respond(200, { url: SESSION_URL });

    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
    expect(open).not.toHaveBeenCalled();
  });

  it('retries into a new tab again after a new-tab open failed, leaving this page where it is', async () => {
    const tabs = [fakeTab(), fakeTab()];
    const open = vi.spyOn(window, 'open').mockImplementation(() => tabs[open.mock.calls.length - 1] as unknown as Window);
    const { result, server, navigations } = renderBillingHook();

    act(() => result.current.open({ flow: 'payment_method_update' }, { target: '_blank' }));
    (await server.next()).respond(502, BUSY);
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(tabs[0]!.close).toHaveBeenCalledTimes(1);

    act(() => result.current.retry());
    expect(open).toHaveBeenCalledTimes(2);
    expect(open).toHaveBeenLastCalledWith('', '_blank');
    expect(tabs[1]!.opener).toBeNull();
    const again = await server.next();
    expect(again.body).toEqual({ flow: 'payment_method_update' });
    again.respond(200, { url: SESSION_URL });

    await waitFor(() => expect(tabs[1]!.location.replace).toHaveBeenCalledWith(SESSION_URL));
    await waitFor(() => expect(result.current.status).toBe('idle'));
    expect(navigations).toEqual([]);
  });
});
