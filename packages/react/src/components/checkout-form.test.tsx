import { createRef } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { fakeTab } from '../test/fake-tab';
import { renderWithPortal } from '../test/render';
import { CheckoutForm } from './checkout-form';

const CHECKOUT_URL = 'https://checkout.stripe.com/c/pay/cs_test_react_kit';

describe('CheckoutForm', () => {
  it('is a real form posting plan and quantity to the Checkout endpoint, for pages without JavaScript', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithPortal(<CheckoutForm ref={ref} className="btn" plan="team" quantity={4} />, {
      checkoutEndpoint: '/billing/checkout',
    });
    const button = screen.getByRole('button', { name: 'Subscribe' });
    const form = button.closest('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/billing/checkout');
    expect(form).not.toHaveAttribute('target');
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveClass('btn');
    expect(ref.current).toBe(button);
    expect([...new FormData(form)]).toEqual([
      ['plan', 'team'],
      ['quantity', '4'],
    ]);
  });

  it('sends no quantity it was not given, to /api/billing/checkout by default', () => {
    renderWithPortal(<CheckoutForm plan="pro_monthly" />);
    const form = screen.getByRole('button').closest('form')!;
    expect([...new FormData(form)]).toEqual([['plan', 'pro_monthly']]);
    expect(form).toHaveAttribute('action', '/api/billing/checkout');
  });

  it('takes the fetch path once React runs: pending, then navigation, no page load', async () => {
    const { server, navigations, user } = renderWithPortal(<CheckoutForm plan="pro_monthly" />);
    const button = screen.getByRole('button');
    let pageLoads = 0;
    const countPageLoad = (event: Event) => void (event.defaultPrevented || pageLoads++);
    document.addEventListener('submit', countPageLoad);
    await user.click(button);
    document.removeEventListener('submit', countPageLoad);
    expect(pageLoads).toBe(0);

    const request = await server.next();
    expect(request.url).toBe('/api/billing/checkout');
    expect(request.body).toEqual({ plan: 'pro_monthly' });
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'pending'));
    expect(button).toHaveAttribute('aria-busy', 'true');
    request.respond(200, { url: CHECKOUT_URL });
    await waitFor(() => expect(navigations).toEqual([CHECKOUT_URL]));
  });

  it('shows ALREADY_SUBSCRIBED like the button does, with the code for the app', async () => {
    const codes: string[] = [];
    const { server, user } = renderWithPortal(
      <CheckoutForm plan="pro_monthly" renderError={(error, { message }) => `${(codes.push(error.code), message)}`} />,
    );
    server.autoRespond(409, { error: { code: 'ALREADY_SUBSCRIBED', message: 'has sub_1' } });
    await user.click(screen.getByRole('button'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(DEFAULT_BILLING_MESSAGES.ALREADY_SUBSCRIBED);
    expect(codes).toContain('ALREADY_SUBSCRIBED');
    expect(screen.getByRole('button')).toHaveAccessibleDescription(alert.textContent!);
  });

  it('opens a new tab the same way, and targets one without JavaScript; honours disabled', async () => {
    const tab = fakeTab();
    const open = vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
    const { server, user } = renderWithPortal(
      <>
        <CheckoutForm plan="pro_monthly" target="_blank" />
        <CheckoutForm plan="pro_yearly" disabled>
          Off
        </CheckoutForm>
      </>,
    );
    const off = screen.getByRole('button', { name: 'Off' });
    expect(off).toBeDisabled();
    await user.click(off);
    expect(server.requests).toHaveLength(0);

    const button = screen.getByRole('button', { name: 'Subscribe' });
    expect(button.closest('form')).toHaveAttribute('target', '_blank');
    await user.click(button);
    expect(open).toHaveBeenCalledWith('', '_blank');
    (await server.next()).respond(200, { url: CHECKOUT_URL });
    await waitFor(() => expect(tab.location.replace).toHaveBeenCalledWith(CHECKOUT_URL));
    open.mockRestore();
  });
});
