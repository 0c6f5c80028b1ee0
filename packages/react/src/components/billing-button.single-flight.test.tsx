import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { CheckoutButton } from './checkout-button';
import { ManageBillingButton } from './manage-billing-button';

function renderRow() {
  return renderWithPortal(
    <>
      <ManageBillingButton flow="payment_method_update" prefetch="intent" />
      <CheckoutButton plan="pro_monthly" />
      <ManageBillingButton flow="customer_update" />
    </>,
  );
}

// In the row's order: a busy button's name is its pending label.
const buttons = () => {
  const [portal, checkout, details] = screen.getAllByRole('button') as [HTMLElement, HTMLElement, HTMLElement];
  return { portal, checkout, details };
};

describe('one redirect at a time per page', () => {
  it.each([
    ['the portal, then Checkout', 'portal', 'checkout'],
    ['Checkout, then the portal', 'checkout', 'portal'],
  ] as const)('starts one session when %s are clicked quickly', async (_, first, second) => {
    const { server } = renderRow();
    fireEvent.click(buttons()[first]);
    fireEvent.click(buttons()[second]);
    fireEvent.click(buttons().details);
    await server.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toHaveLength(1);
  });

  it('shows the other buttons unavailable while one is pending or redirecting, and frees them after an error', async () => {
    const { server, user } = renderRow();
    await user.click(buttons().checkout);
    const request = await server.next();
    await waitFor(() => expect(buttons().portal).toHaveAttribute('aria-disabled', 'true'));
    for (const other of [buttons().portal, buttons().details]) {
      expect(other).toHaveAttribute('data-disabled', '');
      expect(other).toHaveAttribute('data-state', 'idle');
      // Still focusable and announced, not `disabled`.
      expect(other).toBeEnabled();
    }
    // No prefetch either: it would create a session too.
    fireEvent.pointerDown(buttons().portal, { button: 0 });
    expect(server.requests).toHaveLength(1);

    request.respond(429, { error: { code: 'RATE_LIMITED', message: 'slow down' } });
    await screen.findByRole('alert');
    expect(buttons().portal).not.toHaveAttribute('aria-disabled');
    expect(buttons().details).not.toHaveAttribute('data-disabled');
    await user.click(buttons().details);
    expect((await server.next()).body).toEqual({ flow: 'customer_update' });
  });

  it('keeps the page taken while it leaves for Stripe', async () => {
    const { server, navigations, user } = renderRow();
    server.autoRespond(200, { url: SESSION_URL });
    await user.click(buttons().details);
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
    await user.click(buttons().checkout);
    expect(buttons().checkout).toHaveAttribute('aria-disabled', 'true');
    expect(server.requests).toHaveLength(1);
  });

  it('is per QueryClient: another app root on the page is not blocked', async () => {
    const first = renderWithPortal(<ManageBillingButton>First</ManageBillingButton>);
    const second = renderWithPortal(<CheckoutButton plan="pro_monthly">Second</CheckoutButton>);
    await first.user.click(screen.getByRole('button', { name: 'First' }));
    await second.user.click(screen.getByRole('button', { name: 'Second' }));
    await first.server.next();
    await second.server.next();
  });
});
