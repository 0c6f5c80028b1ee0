import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/axe';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { CheckoutButton } from './checkout-button';
import { CheckoutForm } from './checkout-form';
import { ManageBillingButton } from './manage-billing-button';
import { ManageBillingForm } from './manage-billing-form';

// axe on every state a customer can meet, for the buttons, the asChild links and the forms, portal and Checkout.
describe.each([
  { name: 'button', ui: <ManageBillingButton flow="payment_method_update" />, role: 'button' },
  {
    name: 'asChild link',
    ui: (
      <ManageBillingButton asChild>
        <a href="/billing">Billing</a>
      </ManageBillingButton>
    ),
    role: 'link',
  },
  { name: 'form', ui: <ManageBillingForm flow="customer_update" />, role: 'button' },
  { name: 'Checkout button', ui: <CheckoutButton plan="pro_monthly" />, role: 'button' },
  {
    name: 'Checkout asChild link',
    ui: (
      <CheckoutButton plan="pro_monthly" asChild>
        <a href="/pricing">Upgrade</a>
      </CheckoutButton>
    ),
    role: 'link',
  },
  { name: 'Checkout form', ui: <CheckoutForm plan="team" quantity={3} />, role: 'button' },
])('$name', ({ ui, role }) => {
  it('has no violations idle, pending, redirecting or in error', async () => {
    const { server, user, container } = renderWithPortal(ui);
    const control = screen.getByRole(role);
    expect(control).toHaveAttribute('data-state', 'idle');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(control);
    const first = await server.next();
    await waitFor(() => expect(control).toHaveAttribute('data-state', 'pending'));
    expect(await axeViolations(container)).toEqual([]);

    first.respond(503, { error: { code: 'RATE_LIMITED', message: 'x' } });
    await screen.findByRole('alert');
    expect(control).toHaveAttribute('data-state', 'error');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(control);
    (await server.next()).respond(200, { url: SESSION_URL });
    await waitFor(() => expect(control).toHaveAttribute('data-state', 'redirecting'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no violations when ALREADY_SUBSCRIBED offers the portal inside the alert', async () => {
    const { server, user, container } = renderWithPortal(
      <CheckoutButton
        plan="pro_monthly"
        renderError={(error, { message }) => (
          <p>
            {message} {error.code === 'ALREADY_SUBSCRIBED' && <ManageBillingButton>Manage your subscription</ManageBillingButton>}
          </p>
        )}
      />,
    );
    server.autoRespond(409, { error: { code: 'ALREADY_SUBSCRIBED', message: 'x' } });
    await user.click(screen.getByRole('button'));
    await screen.findByRole('button', { name: 'Manage your subscription' });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('disabled and custom error content', () => {
  it('has no violations when disabled', async () => {
    const { container } = renderWithPortal(
      <>
        <ManageBillingButton disabled />
        <ManageBillingForm disabled />
        <ManageBillingButton asChild disabled>
          <a href="/billing">Billing</a>
        </ManageBillingButton>
        <CheckoutButton plan="pro_monthly" disabled />
        <CheckoutForm plan="pro_monthly" disabled>
          Subscribe yearly
        </CheckoutForm>
      </>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no violations with a retry button in renderError', async () => {
    const { server, user, container } = renderWithPortal(
      <ManageBillingButton
        renderError={(_, { message, retry }) => (
          <p>
            {message}{' '}
            <button type="button" onClick={retry}>
              Try again
            </button>
          </p>
        )}
      />,
    );
    server.autoRespond(502, { error: { code: 'STRIPE_UNAVAILABLE', message: 'x' } });
    await user.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no violations when ALREADY_SUBSCRIBED offers the portal inside the alert', async () => {
    const { server, user, container } = renderWithPortal(
      <CheckoutButton
        plan="pro_monthly"
        renderError={(error, { message }) => (
          <p>
            {message} {error.code === 'ALREADY_SUBSCRIBED' && <ManageBillingButton>Manage your subscription</ManageBillingButton>}
          </p>
        )}
      />,
    );
    server.autoRespond(409, { error: { code: 'ALREADY_SUBSCRIBED', message: 'x' } });
    await user.click(screen.getByRole('button'));
    await screen.findByRole('button', { name: 'Manage your subscription' });
    expect(await axeViolations(container)).toEqual([]);
  });
});
