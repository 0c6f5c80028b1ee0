import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BILLING_ERROR_CODES, ERROR_CODES } from '@portalkit/protocol';
import { CheckoutButton } from '../components/checkout-button';
import { CheckoutForm } from '../components/checkout-form';
import { ManageBillingButton } from '../components/manage-billing-button';
import { renderWithPortal } from '../test/render';
import { BillingPortalProvider } from './billing-portal-provider';
import { DEFAULT_BILLING_MESSAGES } from './default-messages';

describe('BillingPortalProvider', () => {
  it('has an English message for every error code', () => {
    expect(Object.keys(DEFAULT_BILLING_MESSAGES).sort()).toEqual([...BILLING_ERROR_CODES].sort());
    for (const message of Object.values(DEFAULT_BILLING_MESSAGES)) expect(message).toMatch(/^[A-Z].{20,}\.$/);
  });

  it.each(BILLING_ERROR_CODES)('shows the default message for %s', async (code) => {
    const { server, user } = renderWithPortal(<ManageBillingButton />);
    await user.click(screen.getByRole('button'));
    const request = await server.next();
    if (code === 'NETWORK_ERROR') request.fail();
    else request.respond(ERROR_CODES[code].status, { error: { code, message: `server text for ${code}` } });
    expect(await screen.findByRole('alert')).toHaveTextContent(DEFAULT_BILLING_MESSAGES[code]);
  });

  it('lets a nested provider override some messages and labels and inherit the rest', async () => {
    const user = userEvent.setup();
    const fetch = async () => new Response(null, { status: 502 });
    render(
      <BillingPortalProvider fetch={fetch} queryClient={new QueryClient()} labels={{ portal_homepage: 'Abrechnung' }}>
        <BillingPortalProvider messages={{ NETWORK_ERROR: 'Keine Verbindung.' }} labels={{ customer_update: 'Rechnungsdaten' }}>
          <ManageBillingButton />
          <ManageBillingButton flow="customer_update" />
          <ManageBillingButton flow="payment_method_update" />
        </BillingPortalProvider>
      </BillingPortalProvider>,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Abrechnung',
      'Rechnungsdaten',
      'Update payment method',
    ]);
    await user.click(screen.getByRole('button', { name: 'Abrechnung' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Keine Verbindung.');
  });

  it('gives Checkout its own endpoint, inherited by nested providers, while the portal keeps its own', async () => {
    const { server, user } = renderWithPortal(
      <BillingPortalProvider labels={{ checkout: 'Abonnieren' }}>
        <CheckoutButton plan="pro_monthly" />
        <CheckoutForm plan="team">Team</CheckoutForm>
        <ManageBillingButton />
      </BillingPortalProvider>,
      { endpoint: '/billing/portal', checkoutEndpoint: '/billing/checkout' },
    );
    // A failed Checkout leaves the page free for the portal: one redirect at a time.
    server.autoRespond(409, { error: { code: 'ALREADY_SUBSCRIBED', message: 'has sub_1' } });
    expect(screen.getByRole('button', { name: 'Team' }).closest('form')).toHaveAttribute('action', '/billing/checkout');
    expect(screen.getByRole('button', { name: 'Manage billing' }).closest('form')).toHaveAttribute('action', '/billing/portal');
    await user.click(screen.getByRole('button', { name: 'Abonnieren' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Manage billing' }));
    await server.next();
    await server.next();
    expect(server.requests.map((request) => request.url)).toEqual(['/billing/checkout', '/billing/portal']);
  });

  it("mounts its QueryClient only for an app without one, never shadowing the app's", () => {
    const seen: QueryClient[] = [];
    const Probe = () => {
      seen.push(useQueryClient());
      return null;
    };
    const ours = new QueryClient();
    const apps = new QueryClient();
    render(
      <BillingPortalProvider queryClient={ours}>
        <Probe />
      </BillingPortalProvider>,
    );
    render(
      <QueryClientProvider client={apps}>
        <BillingPortalProvider queryClient={ours}>
          <Probe />
        </BillingPortalProvider>
      </QueryClientProvider>,
    );
    expect(seen[0]).toBe(ours);
    expect(seen.at(-1)).toBe(apps);
  });
});
