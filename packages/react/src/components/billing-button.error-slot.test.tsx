import { useState } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BILLING_ERROR_CODES, ERROR_CODES } from '@portalkit/protocol';
import { renderWithPortal } from '../test/render';
import { CheckoutButton } from './checkout-button';
import { ManageBillingButton } from './manage-billing-button';
import type { BillingErrorAction } from './error-action';

function Row() {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return (
    <>
      <div data-testid="row">
        <ManageBillingButton flow="payment_method_update" errorSlot={slot} />
        <CheckoutButton plan="pro_monthly" errorSlot={slot} />
      </div>
      <div data-testid="below" ref={setSlot} />
    </>
  );
}

describe('errorSlot', () => {
  it("shows the error in the app's element, out of the button row, still describing the button", async () => {
    const { server, user } = renderWithPortal(<Row />);
    server.autoRespond(502, { error: { code: 'STRIPE_UNAVAILABLE', message: 'down' } });
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const alert = await screen.findByRole('alert');
    expect(screen.getByTestId('below')).toContainElement(alert);
    expect(screen.getByTestId('row')).not.toContainElement(alert);
    expect(screen.getByRole('button', { name: 'Subscribe' })).toHaveAccessibleDescription(alert.textContent!);
  });

  it('keeps the default without it: the region right after the button', async () => {
    const { server, user } = renderWithPortal(<ManageBillingButton />);
    server.autoRespond(401, { error: { code: 'UNAUTHENTICATED', message: 'no session' } });
    await user.click(screen.getByRole('button'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended. Please sign in again.');
  });
});

// The action each code needs, for renderError to offer: the class of codes, not only the examples.
const EXPECTED: Partial<Record<string, BillingErrorAction>> = {
  UNAUTHENTICATED: 'sign_in',
  ALREADY_SUBSCRIBED: 'manage_billing',
  NETWORK_ERROR: 'retry',
  RATE_LIMITED: 'retry',
  STRIPE_UNAVAILABLE: 'retry',
  STRIPE_TIMEOUT: 'retry',
};

describe('renderError actions', () => {
  it.each(BILLING_ERROR_CODES)('offers the right action for %s', async (code) => {
    const { server, user } = renderWithPortal(
      <CheckoutButton plan="pro_monthly" renderError={(_, { action, message }) => `${action ?? 'none'}: ${message}`} />,
    );
    await user.click(screen.getByRole('button'));
    const request = await server.next();
    if (code === 'NETWORK_ERROR') request.fail();
    else request.respond(ERROR_CODES[code].status, { error: { code, message: 'server text' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(new RegExp(`^${EXPECTED[code] ?? 'none'}: `));
  });
});
