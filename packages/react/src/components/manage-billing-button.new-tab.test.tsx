import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeTab } from '../test/fake-tab';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { ManageBillingButton } from './manage-billing-button';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ManageBillingButton target="_blank"', () => {
  it('opens the tab inside the click, cuts its opener, then points it at the URL', async () => {
    const tab = fakeTab();
    const open = vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
    const { server, navigations, user } = renderWithPortal(<ManageBillingButton target="_blank" flow="payment_method_update" />);
    let openedDuringClick: boolean | undefined;
    // Document listeners run after React's root listener, while the click is still being dispatched.
    document.addEventListener('click', () => (openedDuringClick = open.mock.calls.length > 0), { once: true });

    await user.click(screen.getByRole('button'));
    expect(openedDuringClick).toBe(true);
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(tab.opener).toBeNull();
    const request = await server.next();
    expect(tab.location.replace).not.toHaveBeenCalled();

    request.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(tab.location.replace).toHaveBeenCalledWith(SESSION_URL));
    expect(navigations).toEqual([]);
    // This page stays where it was, so the button is ready again.
    await waitFor(() => expect(screen.getByRole('button')).toHaveAttribute('data-state', 'idle'));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('closes the tab when the request fails, and shows the error here', async () => {
    const tab = fakeTab();
    vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
    const { server, user } = renderWithPortal(<ManageBillingButton target="_blank" />);
    await user.click(screen.getByRole('button'));
    (await server.next()).respond(403, { error: { code: 'CROSS_SITE_REQUEST', message: 'Origin not allowed' } });

    await screen.findByRole('alert');
    expect(tab.close).toHaveBeenCalledTimes(1);
    expect(tab.location.replace).not.toHaveBeenCalled();
  });

  it('leaves a tab the customer already closed alone', async () => {
    const tab = fakeTab();
    vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
    const { server, navigations, user } = renderWithPortal(<ManageBillingButton target="_blank" />);
    await user.click(screen.getByRole('button'));
    tab.closed = true;
    (await server.next()).respond(200, { url: SESSION_URL });
    await waitFor(() => expect(screen.getByRole('button')).toHaveAttribute('data-state', 'idle'));
    expect(tab.location.replace).not.toHaveBeenCalled();
    expect(navigations).toEqual([]);
  });

  it('opens the portal in this tab when the browser refuses a new one', async () => {
    vi.spyOn(window, 'open').mockImplementation(() => null);
    const { server, navigations, user } = renderWithPortal(<ManageBillingButton target="_blank" />);
    server.autoRespond(200, { url: SESSION_URL });
    await user.click(screen.getByRole('button'));
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
    await waitFor(() => expect(screen.getByRole('button')).toHaveAttribute('data-state', 'redirecting'));
  });
});
