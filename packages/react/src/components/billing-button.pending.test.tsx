import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { CheckoutButton } from './checkout-button';
import { ManageBillingButton } from './manage-billing-button';

describe.each([
  {
    name: 'ManageBillingButton',
    ui: <ManageBillingButton flow="payment_method_update" />,
    idle: 'Update payment method',
    pending: 'Opening the billing portal…',
  },
  { name: 'CheckoutButton', ui: <CheckoutButton plan="pro_monthly" />, idle: 'Subscribe', pending: 'Opening Checkout…' },
])('$name while busy', ({ ui, idle, pending }) => {
  it('says what is happening, on the button and in a status region, until the page leaves', async () => {
    const { server, user } = renderWithPortal(ui);
    const status = screen.getByRole('status');
    // Present and empty from the start, so a screen reader announces the change.
    expect(status).toBeEmptyDOMElement();
    const button = screen.getByRole('button', { name: idle });
    await user.click(button);

    await waitFor(() => expect(button).toHaveAccessibleName(pending));
    expect(status).toHaveTextContent(pending);
    (await server.next()).respond(200, { url: SESSION_URL });
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'redirecting'));
    expect(button).toHaveAccessibleName(pending);
    expect(status).toHaveTextContent(pending);
  });

  it('goes back to its label and says nothing after an error', async () => {
    const { server, user } = renderWithPortal(ui);
    server.autoRespond(503, { error: { code: 'STRIPE_UNAVAILABLE', message: 'down' } });
    await user.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(screen.getByRole('button')).toHaveAccessibleName(idle);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it("takes the app's pendingLabel, the provider's labels, or null to keep the label and stay silent", async () => {
    const { user } = renderWithPortal(
      <>
        <ui.type {...ui.props} pendingLabel="One moment…">
          First
        </ui.type>
        <ui.type {...ui.props} pendingLabel={null}>
          Second
        </ui.type>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'First' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent('One moment…'));
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['One moment…', 'Second']);
  });
});

describe('pending labels', () => {
  it('come from the provider, e.g. a translation', async () => {
    const { user } = renderWithPortal(<ManageBillingButton />, { labels: { portal_pending: 'Kundenportal wird geöffnet…' } });
    await user.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Kundenportal wird geöffnet…'));
  });

  it('leave an asChild element its own content and are still announced', async () => {
    const { user } = renderWithPortal(
      <ManageBillingButton asChild>
        <a href="/billing">Billing</a>
      </ManageBillingButton>,
    );
    await user.click(screen.getByRole('link'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opening the billing portal…'));
    expect(screen.getByRole('link')).toHaveTextContent('Billing');
  });
});
