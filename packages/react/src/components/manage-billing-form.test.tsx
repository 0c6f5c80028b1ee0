import { createRef } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeTab } from '../test/fake-tab';
import { fullConfirmFormFields, fullConfirmRequest } from '../test/full-confirm-request';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { ManageBillingForm } from './manage-billing-form';

describe('ManageBillingForm', () => {
  it('is a real form posting the request fields to the endpoint', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithPortal(<ManageBillingForm ref={ref} className="btn" {...fullConfirmRequest} />, { endpoint: '/billing/portal' });
    const button = screen.getByRole('button', { name: 'Confirm plan change' });
    const form = button.closest('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/billing/portal');
    expect(form).not.toHaveAttribute('target');
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveClass('btn');
    expect(ref.current).toBe(button);
    expect([...new FormData(form)]).toEqual(fullConfirmFormFields);
  });

  it('sends no field it was not given', () => {
    renderWithPortal(<ManageBillingForm />);
    const form = screen.getByRole('button', { name: 'Manage billing' }).closest('form')!;
    expect([...new FormData(form)]).toEqual([]);
    expect(form).toHaveAttribute('action', '/api/billing/portal');
  });

  it('takes the fetch path once React runs: pending, then navigation, no page load', async () => {
    const { server, navigations, user } = renderWithPortal(<ManageBillingForm flow="customer_update" />);
    const button = screen.getByRole('button', { name: 'Update billing details' });
    let pageLoads = 0;
    const countPageLoad = (event: Event) => void (event.defaultPrevented || pageLoads++);
    document.addEventListener('submit', countPageLoad);
    await user.click(button);
    document.removeEventListener('submit', countPageLoad);
    expect(pageLoads).toBe(0);

    const request = await server.next();
    expect(request.body).toEqual({ flow: 'customer_update' });
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'pending'));
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.click(button);
    expect(server.requests).toHaveLength(1);
    request.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
  });

  it('shows errors like the button does', async () => {
    const { server, user } = renderWithPortal(<ManageBillingForm flow="subscription_cancel" subscription="sub_gone" />);
    server.autoRespond(409, { error: { code: 'FLOW_UNAVAILABLE', message: 'subscription is already canceled' } });
    await user.click(screen.getByRole('button'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This change is not available for your subscription.');
    expect(screen.getByRole('button')).toHaveAccessibleDescription(alert.textContent!);
  });

  it('opens a new tab the same way, and targets one without JavaScript', async () => {
    const tab = fakeTab();
    const open = vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
    const { server, user } = renderWithPortal(<ManageBillingForm target="_blank" />);
    const form = screen.getByRole('button').closest('form')!;
    expect(form).toHaveAttribute('target', '_blank');
    await user.click(screen.getByRole('button'));
    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(tab.opener).toBeNull();
    (await server.next()).respond(200, { url: SESSION_URL });
    await waitFor(() => expect(tab.location.replace).toHaveBeenCalledWith(SESSION_URL));
    open.mockRestore();
  });

  it('honours disabled', async () => {
    const { server, user } = renderWithPortal(<ManageBillingForm disabled />);
    expect(screen.getByRole('button')).toBeDisabled();
    await user.click(screen.getByRole('button'));
    expect(server.requests).toHaveLength(0);
  });
});
