import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { BillingPortalProvider } from '../provider/billing-portal-provider';
import { createScriptedFetch } from '../test/scripted-fetch';
import { CheckoutButton } from './checkout-button';
import { ManageBillingButton } from './manage-billing-button';

// A page on the test server's own origin: a tab or frame that lands there can still be read.
const LANDING = new URL('../test/landing.html', import.meta.url).href;
// Loading a page in a fresh frame or tab can take a while on a busy machine; nothing here is timed.
const SLOW = { timeout: 15_000 };

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

// The portal and Checkout buttons share one implementation; both are held to it in a real browser.
describe.each([
  {
    name: 'ManageBillingButton',
    ui: <ManageBillingButton target="_blank" flow="customer_update" />,
    label: 'Update billing details',
  },
  { name: 'CheckoutButton', ui: <CheckoutButton target="_blank" plan="pro_monthly" />, label: 'Subscribe' },
])('$name in Chromium', ({ ui, label }) => {
  it('opens the new tab inside the click, past the popup blocker, and lands it on the URL', async () => {
    // The blocker is on: a window opened outside a user gesture is refused. A click in an earlier test
    // leaves the page's user activation on for a few seconds, so wait until it has expired.
    await expect.poll(() => navigator.userActivation.isActive, SLOW).toBe(false);
    expect(window.open('', '_blank')).toBeNull();

    const opened: Window[] = [];
    const realOpen = window.open;
    window.open = (...args) => {
      const tab = realOpen.apply(window, args);
      if (tab) opened.push(tab);
      return tab;
    };
    cleanups.push(() => {
      window.open = realOpen;
      for (const tab of opened) tab.close();
    });

    const server = createScriptedFetch();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <BillingPortalProvider fetch={server.fetch}>{ui}</BillingPortalProvider>
      </QueryClientProvider>,
    );
    await userEvent.click(page.getByRole('button', { name: label }));

    // The tab exists before the server has answered: it was opened in the click itself.
    const request = await server.next();
    expect(opened).toHaveLength(1);
    const tab = opened[0]!;
    expect(tab.closed).toBe(false);
    expect(tab.opener).toBeNull();

    const landing = `${LANDING}?tab=new`;
    request.respond(200, { url: landing });
    await expect.poll(() => tab.document.readyState === 'complete' && tab.location.href, SLOW).toBe(landing);
    await expect.element(page.getByRole('button')).toHaveAttribute('data-state', 'idle');
  });
});

describe('in Chromium', () => {
  it('navigates with window.location.assign by default, keeping the app in history', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'app';
    const fixture = new URL('../test/navigation-fixture.tsx', import.meta.url).href;
    frame.srcdoc = `<!doctype html><div id="root"></div><script type="module" src="${fixture}"></script>`;
    document.body.append(frame);
    cleanups.push(() => frame.remove());

    await expect.poll(() => frame.contentDocument?.querySelector('button')?.textContent, SLOW).toBe('Update payment method');
    const historyBefore = frame.contentWindow!.history.length;
    frame.contentDocument!.querySelector('button')!.click();

    await expect.poll(() => frame.contentDocument?.title, SLOW).toBe('Portal stand-in');
    expect(frame.contentWindow!.location.href).toBe(new URL('?from=portal', LANDING).href);
    // `assign`, not `replace`: Back returns to the app.
    expect(frame.contentWindow!.history.length).toBe(historyBefore + 1);
  });
});
