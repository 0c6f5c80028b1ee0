import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithPortal } from '../test/render';
import type { ComponentProps } from 'react';
import { CheckoutButton } from './checkout-button';
import { CheckoutForm } from './checkout-form';
import { ManageBillingButton } from './manage-billing-button';
import { ManageBillingForm } from './manage-billing-form';

const UNAVAILABLE = { error: { code: 'PORTAL_NOT_CONFIGURED', message: 'save the portal settings' } };
const UNAVAILABLE_MESSAGE = 'Billing is unavailable right now. Please contact support.';

type ControlProps = Omit<ComponentProps<typeof CheckoutForm>, 'plan'>;

// What every control renders from: the portal and Checkout buttons and forms must agree.
describe.each([
  { name: 'ManageBillingButton', Control: ManageBillingButton },
  { name: 'ManageBillingForm', Control: ManageBillingForm },
  { name: 'CheckoutButton', Control: (props: ControlProps) => <CheckoutButton plan="pro_monthly" {...props} /> },
  { name: 'CheckoutForm', Control: (props: ControlProps) => <CheckoutForm plan="pro_monthly" {...props} /> },
])('$name aria-describedby', ({ Control }) => {
  it("keeps the app's own description and adds the error's, space-separated", async () => {
    const { server, user } = renderWithPortal(
      <>
        <p id="billing-hint">Opens Stripe.</p>
        <Control aria-describedby="billing-hint" />
      </>,
    );
    const control = screen.getByRole('button');
    expect(control).toHaveAttribute('aria-describedby', 'billing-hint');

    server.autoRespond(500, UNAVAILABLE);
    await user.click(control);
    const alert = await screen.findByRole('alert');
    expect(alert.id).not.toBe('');
    expect(control).toHaveAttribute('aria-describedby', `billing-hint ${alert.id}`);
    expect(control).toHaveAccessibleDescription(`Opens Stripe. ${UNAVAILABLE_MESSAGE}`);
  });

  it('points at the error alone when the app gave none, and at nothing before an error', async () => {
    const { server, user } = renderWithPortal(<Control />);
    const control = screen.getByRole('button');
    expect(control).not.toHaveAttribute('aria-describedby');

    server.autoRespond(500, UNAVAILABLE);
    await user.click(control);
    const alert = await screen.findByRole('alert');
    expect(control).toHaveAttribute('aria-describedby', alert.id);
    expect(control).toHaveAccessibleDescription(UNAVAILABLE_MESSAGE);
  });

  it('shows the error with renderError even when onError is given too', async () => {
    const seen: string[] = [];
    const { server, user } = renderWithPortal(
      <Control onError={(error) => void seen.push(error.code)} renderError={(_, { message }) => `Custom: ${message}`} />,
    );
    server.autoRespond(500, UNAVAILABLE);
    await user.click(screen.getByRole('button'));
    expect(await screen.findByRole('alert')).toHaveTextContent(`Custom: ${UNAVAILABLE_MESSAGE}`);
    expect(seen).toEqual(['PORTAL_NOT_CONFIGURED']);
    expect(screen.getByRole('button')).toHaveAccessibleDescription(`Custom: ${UNAVAILABLE_MESSAGE}`);
  });
});

describe('disabled, as the element can show it', () => {
  it('uses the native attribute alone on a button, and marks nothing on an enabled one', () => {
    renderWithPortal(
      <>
        <ManageBillingButton disabled>Off</ManageBillingButton>
        <ManageBillingButton>On</ManageBillingButton>
      </>,
    );
    const off = screen.getByRole('button', { name: 'Off' });
    expect(off).toBeDisabled();
    expect(off).not.toHaveAttribute('aria-disabled');
    const on = screen.getByRole('button', { name: 'On' });
    expect(on).toBeEnabled();
    expect(on).not.toHaveAttribute('aria-disabled');
    expect(on).not.toHaveAttribute('data-disabled');
  });

  it('uses aria-disabled on an asChild element: when disabled, and while busy, never otherwise', async () => {
    const { server, user } = renderWithPortal(
      <>
        <ManageBillingButton asChild disabled>
          <a href="/billing">Disabled</a>
        </ManageBillingButton>
        <ManageBillingButton asChild>
          <a href="/billing">Enabled</a>
        </ManageBillingButton>
      </>,
    );
    const disabled = screen.getByRole('link', { name: 'Disabled' });
    expect(disabled).toHaveAttribute('aria-disabled', 'true');
    expect(disabled).toHaveAttribute('data-disabled', '');
    expect(disabled).not.toHaveAttribute('disabled');

    const enabled = screen.getByRole('link', { name: 'Enabled' });
    expect(enabled).not.toHaveAttribute('aria-disabled');
    expect(enabled).not.toHaveAttribute('data-disabled');
    await user.click(enabled);
    await server.next();
    await waitFor(() => expect(enabled).toHaveAttribute('aria-disabled', 'true'));
    expect(enabled).not.toHaveAttribute('disabled');
    expect(server.requests).toHaveLength(1);
  });
});
