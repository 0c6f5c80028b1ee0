import { createRef } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BILLING_ERROR_CODES, ERROR_CODES } from '@portalkit/protocol';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { CheckoutButton } from './checkout-button';
import { ManageBillingButton } from './manage-billing-button';

const CHECKOUT_URL = 'https://checkout.stripe.com/c/pay/cs_test_react_kit';
const ALREADY_SUBSCRIBED = { error: { code: 'ALREADY_SUBSCRIBED', message: 'cus_1 has sub_1 on price_pro' } };

describe('CheckoutButton', () => {
  it('renders one native button labelled "Subscribe", or the provider\'s label, or its children', () => {
    renderWithPortal(<CheckoutButton plan="pro_monthly" />);
    const button = screen.getByRole('button', { name: 'Subscribe' });
    // A submit button of a form to the Checkout endpoint: see billing-button.form-fallback.test.tsx.
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveAttribute('data-state', 'idle');
    expect(button).not.toHaveAttribute('aria-busy');
    // The request fields are not attributes.
    expect(button).not.toHaveAttribute('plan');

    renderWithPortal(<CheckoutButton plan="pro_monthly" />, { labels: { checkout: 'Abonnieren' } });
    renderWithPortal(<CheckoutButton plan="team">Start the team plan</CheckoutButton>);
    expect(screen.getByRole('button', { name: 'Abonnieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the team plan' })).toBeInTheDocument();
  });

  it('posts the plan and quantity to the Checkout endpoint, shows pending, ignores repeat clicks, navigates once', async () => {
    const { server, navigations, user } = renderWithPortal(<CheckoutButton plan="team" quantity={5} />, {
      endpoint: '/billing/portal',
      checkoutEndpoint: '/billing/checkout',
    });
    const button = screen.getByRole('button');
    await user.click(button);

    const request = await server.next();
    expect(request.url).toBe('/billing/checkout');
    expect(request.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(request.body).toEqual({ plan: 'team', quantity: 5 });
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'pending'));
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled();
    expect(button).toHaveFocus();

    await user.dblClick(button);
    expect(server.requests).toHaveLength(1);
    request.respond(200, { url: CHECKOUT_URL });
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'redirecting'));
    expect(navigations).toEqual([CHECKOUT_URL]);
    await user.click(button);
    expect(server.requests).toHaveLength(1);
  });

  it('sends only the plan when no quantity is given, to /api/billing/checkout by default', async () => {
    const { server, user } = renderWithPortal(<CheckoutButton plan="pro_monthly" className="btn" aria-label="Go Pro" />);
    await user.click(screen.getByRole('button', { name: 'Go Pro' }));
    const request = await server.next();
    expect(request.url).toBe('/api/billing/checkout');
    expect(request.body).toEqual({ plan: 'pro_monthly' });
  });

  it('says the customer already subscribes, and gives the app the code to offer the portal there', async () => {
    const { server, navigations, user } = renderWithPortal(
      <>
        <CheckoutButton plan="pro_monthly" />
        <CheckoutButton
          plan="pro_yearly"
          renderError={(error, { message }) =>
            error.code === 'ALREADY_SUBSCRIBED' ? <ManageBillingButton>Manage your subscription</ManageBillingButton> : message
          }
        />
      </>,
    );
    const [plain, offering] = screen.getAllByRole('button', { name: 'Subscribe' });
    await user.click(plain!);
    (await server.next()).respond(409, ALREADY_SUBSCRIBED);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES.ALREADY_SUBSCRIBED);
    expect(alert).not.toHaveTextContent('cus_1');
    expect(plain).toHaveAttribute('data-state', 'error');
    expect(plain).toHaveAccessibleDescription(DEFAULT_BILLING_MESSAGES.ALREADY_SUBSCRIBED);

    await user.click(offering!);
    (await server.next()).respond(409, ALREADY_SUBSCRIBED);
    await user.click(await screen.findByRole('button', { name: 'Manage your subscription' }));
    const portal = await server.next();
    expect(portal.url).toBe('/api/billing/portal');
    expect(portal.body).toEqual({});
    portal.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
  });

  // Every code the Checkout handler can answer with gets the customer text for it, never the server's.
  it.each(BILLING_ERROR_CODES.filter((code) => code !== 'NETWORK_ERROR'))('shows the default message for %s', async (code) => {
    const { server, user } = renderWithPortal(<CheckoutButton plan="pro_monthly" />);
    server.autoRespond(ERROR_CODES[code].status, { error: { code, message: `server text for ${code}` } });
    await user.click(screen.getByRole('button'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES[code]);
    expect(alert).not.toHaveTextContent('server text');
  });

  it('honours disabled, and forwards native props and the ref', async () => {
    const ref = createRef<HTMLButtonElement>();
    const { server, user } = renderWithPortal(
      <CheckoutButton ref={ref} plan="pro_monthly" disabled id="buy" prefetch="intent" />,
    );
    const button = screen.getByRole('button');
    expect(ref.current).toBe(button);
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('data-disabled', '');
    expect(button).toHaveAttribute('id', 'buy');
    await user.click(button);
    expect(server.requests).toHaveLength(0);
  });
});
