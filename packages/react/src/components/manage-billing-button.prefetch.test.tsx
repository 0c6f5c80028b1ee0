import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { ManageBillingButton } from './manage-billing-button';

describe('ManageBillingButton prefetch="intent"', () => {
  it('starts the request on pointer-down and navigates on the click with that result', async () => {
    const { server, navigations, user } = renderWithPortal(
      <ManageBillingButton prefetch="intent" flow="subscription_cancel" subscription="sub_1" />,
    );
    const button = screen.getByRole('button');
    await user.pointer({ keys: '[MouseLeft>]', target: button });
    const request = await server.next();
    expect(request.body).toEqual({ flow: 'subscription_cancel', subscription: 'sub_1' });

    // The answer alone never navigates: only the click does.
    request.respond(200, { url: SESSION_URL });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(navigations).toEqual([]);

    await user.pointer({ keys: '[/MouseLeft]', target: button });
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
    expect(server.requests).toHaveLength(1);
  });

  it('waits for a request still in flight when the click comes first', async () => {
    const { server, navigations, user } = renderWithPortal(<ManageBillingButton prefetch="intent" />);
    const button = screen.getByRole('button');
    await user.click(button);
    const request = await server.next();
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'pending'));
    request.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
    expect(server.requests).toHaveLength(1);
  });

  it('starts on Space key-down and navigates on key-up', async () => {
    const { server, navigations, user } = renderWithPortal(
      <>
        <ManageBillingButton prefetch="intent" flow="customer_update" />
        <ManageBillingButton prefetch="intent" flow="payment_method_update" />
      </>,
    );
    await user.tab();
    await user.keyboard('[Space>]');
    const request = await server.next();
    expect(request.body).toEqual({ flow: 'customer_update' });
    request.respond(200, { url: SESSION_URL });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(navigations).toEqual([]);
    await user.keyboard('[/Space]');
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
    expect(server.requests).toHaveLength(1);
  });

  it('starts on Enter key-down and clicks at once', async () => {
    const { server, navigations, user } = renderWithPortal(
      <>
        <ManageBillingButton prefetch="intent" flow="customer_update" />
        <ManageBillingButton prefetch="intent" flow="payment_method_update" />
      </>,
    );
    screen.getByRole('button', { name: 'Update payment method' }).focus();
    await user.keyboard('{Enter}');
    (await server.next()).respond(200, { url: `${SESSION_URL}_2` });
    await waitFor(() => expect(navigations).toEqual([`${SESSION_URL}_2`]));
    expect(server.requests).toHaveLength(1);
  });

  it('never starts on hover or render, nor on pointer-down without prefetch', async () => {
    const { server, user } = renderWithPortal(
      <>
        <ManageBillingButton prefetch="intent">Intent</ManageBillingButton>
        <ManageBillingButton>Plain</ManageBillingButton>
      </>,
    );
    await user.hover(screen.getByRole('button', { name: 'Intent' }));
    await user.pointer({ keys: '[MouseLeft>]', target: screen.getByRole('button', { name: 'Plain' }) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(server.requests).toHaveLength(0);
  });

  it('drops a prefetched session no click used once the button loses focus', async () => {
    const { server, navigations, user } = renderWithPortal(<ManageBillingButton prefetch="intent" />);
    const button = screen.getByRole('button');
    await user.pointer({ keys: '[MouseLeft>]', target: button });
    (await server.next()).respond(200, { url: `${SESSION_URL}_stale` });
    // The press ends elsewhere: no click. Then focus moves on.
    await user.pointer({ keys: '[/MouseLeft]', target: document.body });
    button.blur();

    // A click without pointer or key events, as some assistive technology sends it.
    fireEvent.click(button);
    const fresh = await server.next();
    fresh.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
  });

  it('shows the error of a prefetched request on the click', async () => {
    const { server, navigations, user } = renderWithPortal(<ManageBillingButton prefetch="intent" />);
    const button = screen.getByRole('button');
    await user.pointer({ keys: '[MouseLeft>]', target: button });
    (await server.next()).respond(429, { error: { code: 'RATE_LIMITED', message: 'slow down' } });
    await user.pointer({ keys: '[/MouseLeft]', target: button });
    expect(await screen.findByRole('alert')).toHaveTextContent('Billing is busy right now.');
    expect(navigations).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});
