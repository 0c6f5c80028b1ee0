import { createRef } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isBillingError } from '@portalkit/protocol';
import { fullConfirmRequest } from '../test/full-confirm-request';
import { renderWithPortal } from '../test/render';
import { SESSION_URL } from '../test/scripted-fetch';
import { ManageBillingButton } from './manage-billing-button';

describe('ManageBillingButton', () => {
  it('renders one native button per flow with its default label', () => {
    renderWithPortal(
      <>
        <ManageBillingButton />
        <ManageBillingButton flow="payment_method_update" />
        <ManageBillingButton flow="subscription_cancel" subscription="sub_1" />
        <ManageBillingButton flow="subscription_update" subscription="sub_1" />
        <ManageBillingButton flow="subscription_update_confirm" subscription="sub_1" items={[{ id: 'si_1', price: 'price_2' }]} />
        <ManageBillingButton flow="customer_update" />
        <ManageBillingButton flow="subscription_pause" subscription="sub_1" />
        <ManageBillingButton flow="payment_method_update">Change card</ManageBillingButton>
      </>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Manage billing',
      'Update payment method',
      'Cancel subscription',
      'Change plan',
      'Confirm plan change',
      'Update billing details',
      'Pause subscription',
      'Change card',
    ]);
    for (const button of buttons) {
      expect(button.tagName).toBe('BUTTON');
      // A submit button of a form to the endpoint: see billing-button.form-fallback.test.tsx.
      expect(button).toHaveAttribute('type', 'submit');
      expect(button).toHaveAttribute('data-state', 'idle');
      expect(button).not.toHaveAttribute('aria-busy');
    }
  });

  it('posts the flow fields, shows pending, ignores repeat clicks and navigates once', async () => {
    const { server, navigations, user } = renderWithPortal(<ManageBillingButton {...fullConfirmRequest} />, {
      endpoint: '/billing/portal',
    });
    const button = screen.getByRole('button', { name: 'Confirm plan change' });
    await user.click(button);

    const request = await server.next();
    expect(request.url).toBe('/billing/portal');
    expect(request.body).toEqual(fullConfirmRequest);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'pending'));
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled();
    expect(button).toHaveFocus();

    await user.click(button);
    await user.dblClick(button);
    expect(server.requests).toHaveLength(1);

    request.respond(200, { url: SESSION_URL });
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'redirecting'));
    expect(navigations).toEqual([SESSION_URL]);
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.click(button);
    expect(server.requests).toHaveLength(1);
  });

  it('uses the URL once and keeps it nowhere: not in the mutation cache, its callbacks or the page', async () => {
    const { server, navigations, queryClient, cacheEvents, user, container } = renderWithPortal(
      <ManageBillingButton flow="payment_method_update" />,
    );
    server.autoRespond(200, { url: SESSION_URL });
    await user.click(screen.getByRole('button'));
    await waitFor(() => expect(navigations).toEqual([SESSION_URL]));
    await waitFor(() => expect(screen.getByRole('button')).toHaveAttribute('data-state', 'redirecting'));

    const mutations = queryClient.getMutationCache().getAll();
    expect(mutations).toHaveLength(1);
    expect(mutations[0]?.state).toMatchObject({ status: 'success', data: undefined });
    expect(JSON.stringify(mutations.map((mutation) => [mutation.state, mutation.options.mutationKey]))).not.toContain(
      '/p/session/',
    );
    expect(cacheEvents).toEqual([{ data: undefined, variables: { flow: 'payment_method_update' } }]);
    expect(container.innerHTML).not.toContain('/p/session/');
  });

  it('shows the message for the error code, never the server text, announced and tied to the button', async () => {
    const { server, user } = renderWithPortal(<ManageBillingButton flow="payment_method_update" />);
    server.autoRespond(401, { error: { code: 'UNAUTHENTICATED', message: 'getCustomerId returned null for this request' } });
    const button = screen.getByRole('button');
    await user.click(button);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has ended. Please sign in again.');
    expect(alert).not.toHaveTextContent('getCustomerId');
    expect(button).toHaveAttribute('data-state', 'error');
    expect(button).not.toHaveAttribute('aria-busy');
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveAccessibleDescription('Your session has ended. Please sign in again.');
  });

  it('takes messages from the provider, e.g. a translation', async () => {
    const { server, user } = renderWithPortal(<ManageBillingButton />, {
      messages: { NETWORK_ERROR: 'Keine Verbindung zum Server.' },
    });
    await user.click(screen.getByRole('button'));
    (await server.next()).fail();
    expect(await screen.findByRole('alert')).toHaveTextContent('Keine Verbindung zum Server.');
  });

  it('lets renderError show the error with retry and reset, inside the live region', async () => {
    const { server, navigations, user } = renderWithPortal(
      <ManageBillingButton
        flow="customer_update"
        renderError={(error, { message, retry, reset }) => (
          <>
            <span>{`${error.code}: ${message}`}</span>
            <button type="button" onClick={retry}>
              Try again
            </button>
            <button type="button" onClick={reset}>
              Dismiss
            </button>
          </>
        )}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Update billing details' }));
    (await server.next()).respond(502, { error: { code: 'STRIPE_UNAVAILABLE', message: 'Stripe returned 500' } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('STRIPE_UNAVAILABLE: Billing is busy right now.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const second = await server.next();
    expect(second.body).toEqual({ flow: 'customer_update' });
    second.respond(500, { error: { code: 'INTERNAL_ERROR', message: 'boom' } });
    await screen.findByText(/INTERNAL_ERROR/);

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Update billing details' })).toHaveAttribute('data-state', 'idle');
    expect(navigations).toEqual([]);
  });

  it('hands the error to onError alone, rendering nothing, when the app shows errors itself', async () => {
    const onError = vi.fn();
    const { server, user } = renderWithPortal(<ManageBillingButton onError={onError} />);
    server.autoRespond(404, { error: { code: 'NOT_FOUND', message: 'no such subscription' } });
    await user.click(screen.getByRole('button'));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const [error] = onError.mock.calls[0]!;
    expect(isBillingError(error) && error.code).toBe('NOT_FOUND');
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'error');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button')).not.toHaveAttribute('aria-describedby');
  });

  it("runs the app's onClick first, and skips ours when it calls preventDefault", async () => {
    const seen: number[] = [];
    const { server, user } = renderWithPortal(
      <>
        <ManageBillingButton onClick={() => seen.push(server.requests.length)}>Go</ManageBillingButton>
        <ManageBillingButton onClick={(event) => event.preventDefault()}>Confirm first</ManageBillingButton>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Confirm first' }));
    expect(server.requests).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    await server.next();
    expect(seen).toEqual([0]);
  });

  it('honours disabled', async () => {
    const { server, user } = renderWithPortal(<ManageBillingButton disabled prefetch="intent" />);
    const button = screen.getByRole('button');
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('data-disabled', '');
    await user.click(button);
    expect(server.requests).toHaveLength(0);
  });

  it('forwards native props and the ref to the button', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithPortal(
      <ManageBillingButton
        ref={ref}
        className="btn"
        id="billing"
        name="portal"
        aria-label="Open billing"
        data-testid="b"
        title="t"
      />,
    );
    const button = screen.getByRole('button', { name: 'Open billing' });
    expect(ref.current).toBe(button);
    expect(button).toHaveAttribute('class', 'btn');
    expect(button).toHaveAttribute('id', 'billing');
    expect(button).toHaveAttribute('name', 'portal');
    expect(button).toHaveAttribute('data-testid', 'b');
    expect(button).toHaveAttribute('title', 't');
  });
});
