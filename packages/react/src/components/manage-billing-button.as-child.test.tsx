import { createRef, forwardRef, type ComponentPropsWithoutRef } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { ManageBillingButton } from './manage-billing-button';

const AppButton = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'> & { tone?: 'danger' }>(function AppButton(
  { tone, className, ...props },
  ref,
) {
  return <button ref={ref} type="button" className={['app-button', tone, className].filter(Boolean).join(' ')} {...props} />;
});

describe('ManageBillingButton asChild', () => {
  it("renders the app's link with the button's state and behaviour, and no button", async () => {
    const ref = createRef<HTMLButtonElement>();
    const childClick = vi.fn();
    const { server, navigations, user } = renderWithPortal(
      <ManageBillingButton asChild ref={ref} className="from-button" flow="payment_method_update">
        <a href="/billing" className="from-link" onClick={childClick}>
          Billing
        </a>
      </ManageBillingButton>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    const link = screen.getByRole('link', { name: 'Billing' });
    expect(ref.current).toBe(link);
    expect(link).toHaveAttribute('data-state', 'idle');
    expect(link).not.toHaveAttribute('type');
    expect(link).toHaveClass('from-button', 'from-link');

    let defaultPrevented: boolean | undefined;
    document.addEventListener('click', (event) => (defaultPrevented = event.defaultPrevented), { once: true });
    await user.click(link);
    expect(childClick).toHaveBeenCalledTimes(1);
    // The link's own navigation to /billing is cancelled: the portal URL is where it goes.
    expect(defaultPrevented).toBe(true);
    const request = await server.next();
    expect(request.body).toEqual({ flow: 'payment_method_update' });
    await waitFor(() => expect(link).toHaveAttribute('aria-busy', 'true'));
    request.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
  });

  it("renders the app's own component, merging props, handlers and both refs", async () => {
    const outer = createRef<HTMLButtonElement>();
    const inner = createRef<HTMLButtonElement>();
    const { server, user } = renderWithPortal(
      <ManageBillingButton asChild ref={outer} flow="customer_update" aria-label="Billing details" style={{ color: 'red' }}>
        <AppButton ref={inner} tone="danger" style={{ margin: 1 }} onClick={(event) => event.preventDefault()}>
          Edit
        </AppButton>
      </ManageBillingButton>,
    );
    const button = screen.getByRole('button', { name: 'Billing details' });
    expect(outer.current).toBe(button);
    expect(inner.current).toBe(button);
    expect(button).toHaveClass('app-button', 'danger');
    expect(button).toHaveStyle({ color: 'rgb(255, 0, 0)', margin: '1px' });
    expect(button).toHaveAttribute('data-state', 'idle');

    // The child's handler runs first; its preventDefault skips ours.
    await user.click(button);
    expect(server.requests).toHaveLength(0);
  });

  it('marks a disabled child aria-disabled and ignores its clicks', async () => {
    const { server, user } = renderWithPortal(
      <ManageBillingButton asChild disabled>
        <a href="/billing">Billing</a>
      </ManageBillingButton>,
    );
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('aria-disabled', 'true');
    expect(link).not.toHaveAttribute('disabled');
    await user.click(link);
    expect(server.requests).toHaveLength(0);
  });

  it('ties the error to the child', async () => {
    const { server, user } = renderWithPortal(
      <ManageBillingButton asChild>
        <a href="/billing">Billing</a>
      </ManageBillingButton>,
    );
    server.autoRespond(500, { error: { code: 'PORTAL_NOT_CONFIGURED', message: 'save the portal settings' } });
    await user.click(screen.getByRole('link'));
    await screen.findByRole('alert');
    expect(screen.getByRole('link')).toHaveAccessibleDescription('Billing is unavailable right now. Please contact support.');
  });
});
