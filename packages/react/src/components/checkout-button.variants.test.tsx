import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeTab } from '../test/fake-tab';
import { renderWithPortal } from '../test/render';
import { CheckoutButton } from './checkout-button';

const CHECKOUT_URL = 'https://checkout.stripe.com/c/pay/cs_test_react_kit';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CheckoutButton target="_blank"', () => {
  it('opens the tab inside the click, cuts its opener, points it at Checkout, and is ready again here', async () => {
    const tab = fakeTab();
    const open = vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
    const { server, navigations, user } = renderWithPortal(<CheckoutButton plan="pro_monthly" target="_blank" />);
    let openedDuringClick: boolean | undefined;
    document.addEventListener('click', () => (openedDuringClick = open.mock.calls.length > 0), { once: true });

    await user.click(screen.getByRole('button'));
    expect(openedDuringClick).toBe(true);
    expect(tab.opener).toBeNull();
    (await server.next()).respond(200, { url: CHECKOUT_URL });
    await waitFor(() => expect(tab.location.replace).toHaveBeenCalledWith(CHECKOUT_URL));
    expect(navigations).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button')).toHaveAttribute('data-state', 'idle'));
  });

  it('closes the tab when the customer already subscribes, and says so here', async () => {
    const tab = fakeTab();
    vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
    const { server, user } = renderWithPortal(<CheckoutButton plan="pro_monthly" target="_blank" />);
    await user.click(screen.getByRole('button'));
    (await server.next()).respond(409, { error: { code: 'ALREADY_SUBSCRIBED', message: 'has sub_1' } });
    await screen.findByRole('alert');
    expect(tab.close).toHaveBeenCalledTimes(1);
  });
});

describe('CheckoutButton prefetch="intent"', () => {
  it('starts the request on pointer-down and navigates on the click with that result', async () => {
    const { server, navigations, user } = renderWithPortal(<CheckoutButton plan="team" quantity={3} prefetch="intent" />);
    const button = screen.getByRole('button');
    await user.pointer({ keys: '[MouseLeft>]', target: button });
    const request = await server.next();
    expect(request.body).toEqual({ plan: 'team', quantity: 3 });
    request.respond(200, { url: CHECKOUT_URL });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(navigations).toEqual([]);

    await user.pointer({ keys: '[/MouseLeft]', target: button });
    await waitFor(() => expect(navigations).toEqual([CHECKOUT_URL]));
    expect(server.requests).toHaveLength(1);
  });

  it('drops the prefetched session on blur, and never prefetches without the option', async () => {
    const { server, navigations, user } = renderWithPortal(
      <>
        <CheckoutButton plan="pro_monthly" prefetch="intent">
          Prefetching
        </CheckoutButton>
        <CheckoutButton plan="pro_monthly">Plain</CheckoutButton>
      </>,
    );
    const prefetching = screen.getByRole('button', { name: 'Prefetching' });
    fireEvent.pointerDown(prefetching, { button: 0 });
    (await server.next()).respond(200, { url: `${CHECKOUT_URL}_unused` });
    fireEvent.blur(prefetching);
    await user.click(prefetching);
    (await server.next()).respond(200, { url: CHECKOUT_URL });
    await waitFor(() => expect(navigations).toEqual([CHECKOUT_URL]));

    fireEvent.pointerDown(screen.getByRole('button', { name: 'Plain' }), { button: 0 });
    expect(server.requests).toHaveLength(2);
  });
});

describe('CheckoutButton asChild', () => {
  it("renders the app's link with the state and behaviour, without following its href", async () => {
    const { server, navigations, user } = renderWithPortal(
      <CheckoutButton plan="pro_monthly" asChild>
        <a href="/pricing" className="link">
          Upgrade
        </a>
      </CheckoutButton>,
    );
    const link = screen.getByRole('link', { name: 'Upgrade' });
    expect(link).toHaveClass('link');
    expect(link).toHaveAttribute('data-state', 'idle');
    expect(link).not.toHaveAttribute('type');
    await user.click(link);
    const request = await server.next();
    expect(request.body).toEqual({ plan: 'pro_monthly' });
    await waitFor(() => expect(link).toHaveAttribute('aria-disabled', 'true'));
    request.respond(200, { url: CHECKOUT_URL });
    await waitFor(() => expect(navigations).toEqual([CHECKOUT_URL]));
    expect(window.location.pathname).not.toBe('/pricing');
  });
});
