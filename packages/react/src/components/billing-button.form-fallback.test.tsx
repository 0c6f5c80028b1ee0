import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fullConfirmFormFields, fullConfirmRequest } from '../test/full-confirm-request';
import { renderWithPortal } from '../test/render';
import { CheckoutButton } from './checkout-button';
import { ManageBillingButton } from './manage-billing-button';

// What a click before hydration posts; billing-button.pre-hydration.browser.test.tsx clicks it in Chromium.
describe.each([
  {
    name: 'ManageBillingButton',
    ui: <ManageBillingButton {...fullConfirmRequest} />,
    action: '/billing/portal',
    fields: fullConfirmFormFields,
  },
  {
    name: 'CheckoutButton',
    ui: <CheckoutButton plan="team" quantity={5} />,
    action: '/billing/checkout',
    fields: [
      ['plan', 'team'],
      ['quantity', '5'],
    ],
  },
])('$name before hydration', ({ ui, action, fields }) => {
  const endpoints = { endpoint: '/billing/portal', checkoutEndpoint: '/billing/checkout' };

  it('is the submit button of a form posting the request to its endpoint, adding no box to the layout', () => {
    renderWithPortal(ui, endpoints);
    const button = screen.getByRole('button');
    const form = button.closest('form')!;
    expect(button).toHaveAttribute('type', 'submit');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', action);
    expect(form).toHaveStyle({ display: 'contents' });
    expect([...new FormData(form)]).toEqual(fields);
  });

  it('posts to a new tab for target="_blank"', () => {
    renderWithPortal(<ui.type {...ui.props} target="_blank" />, endpoints);
    expect(screen.getByRole('button').closest('form')).toHaveAttribute('target', '_blank');
  });

  it("renders no form with formFallback={false}, for a button inside the app's own form", () => {
    renderWithPortal(
      <form aria-label="settings">
        <ui.type {...ui.props} formFallback={false} />
      </form>,
      endpoints,
    );
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('type', 'button');
    expect(button.closest('form')).toBe(screen.getByRole('form', { name: 'settings' }));
  });
});

describe('asChild before hydration', () => {
  it('leaves a link child its own href, and lets a submit button child post the form', () => {
    renderWithPortal(
      <>
        <ManageBillingButton asChild>
          <a href="/billing">Billing</a>
        </ManageBillingButton>
        <CheckoutButton plan="pro_monthly" asChild>
          <button type="submit" className="app-button">
            Upgrade
          </button>
        </CheckoutButton>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Billing' })).toHaveAttribute('href', '/billing');
    const upgrade = screen.getByRole('button', { name: 'Upgrade' });
    expect(upgrade).toHaveAttribute('type', 'submit');
    expect(upgrade.closest('form')).toHaveAttribute('action', '/api/billing/checkout');
  });

  it("keeps a billing button offered in the error outside the first one's form (forms cannot nest)", async () => {
    const { server, user } = renderWithPortal(
      <CheckoutButton
        plan="pro_monthly"
        renderError={(error) => error.code === 'ALREADY_SUBSCRIBED' && <ManageBillingButton />}
      />,
    );
    server.autoRespond(409, { error: { code: 'ALREADY_SUBSCRIBED', message: 'has sub_1' } });
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const portal = await screen.findByRole('button', { name: 'Manage billing' });
    expect(portal.closest('form')).toHaveAttribute('action', '/api/billing/portal');
    expect(portal.closest('form')?.parentElement?.closest('form')).toBeNull();
  });
});
