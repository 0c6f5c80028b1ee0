import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckoutButton } from '../components/checkout-button';
import { ManageBillingButton } from '../components/manage-billing-button';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BillingPortalProvider } from '../provider/billing-portal-provider';
import { SESSION_URL, createScriptedFetch, type ScriptedRequest } from '../test/scripted-fetch';
import { DEPARTURE_LIFETIME_MS, markDeparture, readDeparture, rememberShownVersion } from './billing-return';
import { useBillingState, type UseBillingStateOptions } from './use-billing-state';

function stateAt(version: string) {
  return { version, changed: true, subscriptions: [], defaultPaymentMethod: null, openInvoices: [] };
}

/** The server: answers every request with the version `current()` holds at that moment. */
function renderBillingState(options: UseBillingStateOptions = {}, current = () => '3') {
  const server = createScriptedFetch();
  const answer = (request: ScriptedRequest) => request.respond(200, stateAt(current()));
  // Each request is answered as it comes, with the version of that moment.
  const fetch: typeof globalThis.fetch = (input, init) => {
    const pending = server.fetch(input, init);
    answer(server.requests.at(-1)!);
    return pending;
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <BillingPortalProvider fetch={fetch}>{children}</BillingPortalProvider>
    </QueryClientProvider>
  );
  return { ...renderHook(() => useBillingState({ pollIntervalMs: 10, ...options }), { wrapper }), server };
}

const sinceOf = (request: ScriptedRequest) => new URL(request.url, 'http://app.test').searchParams.get('since');

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('useBillingState on an ordinary visit', () => {
  it('fetches the state once, without `since`, and remembers the version it shows', async () => {
    const { result, server } = renderBillingState();
    await waitFor(() => expect(result.current.state?.version).toBe('3'));
    expect(result.current.phase).toBe('none');
    expect(server.requests.map(sinceOf)).toEqual([null]);
    expect(server.requests[0]!.init).toMatchObject({ method: 'GET', credentials: 'same-origin', cache: 'no-store' });
    expect(localStorage.getItem('portalkit:billing-version')).toBe('3');
  });

  it('reports a failed request as a BillingError', async () => {
    const server = createScriptedFetch();
    server.autoRespond(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in again.' } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <BillingPortalProvider fetch={server.fetch}>{children}</BillingPortalProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => useBillingState(), { wrapper });
    await waitFor(() => expect(result.current.error?.code).toBe('UNAUTHENTICATED'));
    expect(result.current.state).toBeUndefined();
  });
});

describe('useBillingState after a return from Stripe', () => {
  it('refetches with `since` until the version moves past the one shown before leaving, then stops', async () => {
    rememberShownVersion('3');
    markDeparture();
    let version = '3';
    const { result, server } = renderBillingState({}, () => version);
    await waitFor(() => expect(server.requests.length).toBeGreaterThanOrEqual(3));
    expect(result.current.phase).toBe('waiting');
    expect(new Set(server.requests.map(sinceOf))).toEqual(new Set(['3']));

    version = '4'; // the webhook landed
    await waitFor(() => expect(result.current.phase).toBe('updated'));
    expect(result.current.state?.version).toBe('4');
    const asked = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.requests.length).toBe(asked);
    expect(readDeparture()).toBeNull();
    expect(localStorage.getItem('portalkit:billing-version')).toBe('4');
  });

  it('calls it unchanged once the bound passes without a change, and stops asking', async () => {
    rememberShownVersion('3');
    markDeparture();
    const { result, server } = renderBillingState({ maxWaitMs: 80 });
    await waitFor(() => expect(result.current.phase).toBe('unchanged'));
    const asked = server.requests.length;
    expect(asked).toBeGreaterThan(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.requests.length).toBe(asked);
    expect(readDeparture()).toBeNull();
  });

  it('does not take a departure older than an hour for a return', async () => {
    rememberShownVersion('3');
    markDeparture(Date.now() - DEPARTURE_LIFETIME_MS - 1);
    const { result, server } = renderBillingState();
    await waitFor(() => expect(result.current.state).toBeDefined());
    expect(result.current.phase).toBe('none');
    expect(server.requests.map(sinceOf)).toEqual([null]);
  });

  it.each([
    ['the page comes back from the back-forward cache', () => window.dispatchEvent(pageShow(true))],
    ['the tab becomes visible again', () => document.dispatchEvent(new Event('visibilitychange'))],
    [
      'another tab leaves for Stripe',
      () => window.dispatchEvent(new StorageEvent('storage', { key: 'portalkit:billing-departure' })),
    ],
  ])('notices a return when %s', async (_, signal) => {
    let version = '3';
    const { result, server } = renderBillingState({}, () => version);
    await waitFor(() => expect(result.current.state?.version).toBe('3'));
    markDeparture();
    act(signal);
    await waitFor(() => expect(result.current.phase).toBe('waiting'));
    version = '5';
    await waitFor(() => expect(result.current.phase).toBe('updated'));
    expect(server.requests.slice(1).every((request) => sinceOf(request) === '3')).toBe(true);
  });

  it('ignores a back-forward cache restore when nobody left for Stripe', async () => {
    const { result, server } = renderBillingState();
    await waitFor(() => expect(result.current.state).toBeDefined());
    act(() => void window.dispatchEvent(pageShow(true)));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(result.current.phase).toBe('none');
    expect(server.requests).toHaveLength(1);
  });

  it('refetches when another tab has shown a newer version', async () => {
    let version = '3';
    const { result } = renderBillingState({}, () => version);
    await waitFor(() => expect(result.current.state?.version).toBe('3'));
    version = '6';
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: 'portalkit:billing-version', newValue: '6' })));
    await waitFor(() => expect(result.current.state?.version).toBe('6'));
    expect(result.current.phase).toBe('none');
  });
});

function pageShow(persisted: boolean): Event {
  const event = new Event('pageshow');
  Object.defineProperty(event, 'persisted', { value: persisted });
  return event;
}

describe('a trip through the kit', () => {
  it.each([
    ['the portal button', () => <ManageBillingButton flow="payment_method_update" />],
    ['the Checkout button', () => <CheckoutButton plan="pro_monthly" />],
  ])('marks the departure, with the version shown, when %s leaves for Stripe', async (_, button) => {
    rememberShownVersion('9');
    const server = createScriptedFetch();
    server.autoRespond(200, { url: SESSION_URL });
    const navigations: string[] = [];
    render(
      <QueryClientProvider client={new QueryClient()}>
        <BillingPortalProvider fetch={server.fetch} navigate={(url) => navigations.push(url)}>
          {button()}
        </BillingPortalProvider>
      </QueryClientProvider>,
    );
    expect(readDeparture()).toBeNull();
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(navigations).toHaveLength(1));
    expect(readDeparture()).toEqual({ at: expect.any(Number), since: '9' });
    expect(JSON.stringify(localStorage)).not.toContain('/p/session/');
  });

  it('marks nothing when the session could not be created', async () => {
    const server = createScriptedFetch();
    server.autoRespond(503, { error: { code: 'STRIPE_UNAVAILABLE', message: 'Down.' } });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <BillingPortalProvider fetch={server.fetch} navigate={() => {}}>
          <ManageBillingButton flow="payment_method_update" />
        </BillingPortalProvider>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(readDeparture()).toBeNull();
  });
});
