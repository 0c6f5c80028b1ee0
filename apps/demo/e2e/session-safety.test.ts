/*
 * What must not work: a used portal URL opened again, a portal for another customer's subscription,
 * a customer ID smuggled in from the browser. And what must work without help: the kit's buttons with
 * JavaScript turned off (before hydration they are plain forms), and the new-tab button.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import type { APIRequestContext, APIResponse, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { savePaymentMethod, signIn, textOf, waitForPortal, waitForReturn } from './support/demo-page';
import { screenshot, useE2eSession } from './support/e2e-session';

const session = useE2eSession();

/** How many portal sessions the emulator has created so far. */
function portalSessionCount(): number {
  return session().emulator.store.portalSessions.list().length;
}

/** POSTs to the kit's portal route with `page`'s cookies, from the app's own origin unless `options.headers` says otherwise. */
function postToPortal(page: Page, options: NonNullable<Parameters<APIRequestContext['post']>[1]>): Promise<APIResponse> {
  return page.request.post(`${session().appUrl}/api/billing/portal`, { headers: { Origin: session().appUrl }, ...options });
}

describe('portal sessions', () => {
  it('shows the expired page when a used session URL is opened again', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Alan Turing');
    await page.getByRole('button', { name: 'Update billing details' }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Update billing details/);
    // Kept in a variable, never printed: a session URL is a credential until it is used or expires.
    const used = firstSessionUrl(page.url());

    for (const visitor of [page, await session().newPage()]) {
      const response = await visitor.goto(used);
      expect(response?.status()).toBe(410);
      expect(await visitor.title()).toMatch(/^This portal session has expired/);
    }
    await screenshot(page, '20-portal-expired');
  });

  it('refuses a portal for another customer’s subscription: 404, and no session is created', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    const before = portalSessionCount();

    for (const flow of ['subscription_cancel', 'subscription_update', 'subscription_pause'] as const) {
      const response = await postToPortal(page, { data: { flow, subscription: DEMO_IDS.subscriptions.pastDue } });
      expect(response.status()).toBe(404);
      const body = (await response.json()) as { url?: string; error?: { code: string } };
      expect(body.url).toBeUndefined();
      expect(body.error?.code).toBe('NOT_FOUND');
    }

    // The form path (what the no-JavaScript form posts) is checked the same way.
    const form = await postToPortal(page, {
      form: { flow: 'subscription_cancel', subscription: DEMO_IDS.subscriptions.multiTeam },
      maxRedirects: 0,
    });
    expect(form.status()).toBe(404);
    expect(form.headers().location).toBeUndefined();

    // Ada's own subscription still works, so the 404s above were the ownership check at work.
    const own = await postToPortal(page, { data: { flow: 'subscription_cancel', subscription: DEMO_IDS.subscriptions.active } });
    expect(own.status()).toBe(200);
    expect(portalSessionCount()).toBe(before + 1);
  });

  it('never takes the customer from the browser', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    const before = portalSessionCount();
    const response = await postToPortal(page, { data: { customer: DEMO_IDS.customers.pastDue } });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', param: 'customer' } });

    const signedOut = await session().newPage();
    const anonymous = await postToPortal(signedOut, { data: { flow: 'payment_method_update' } });
    expect(anonymous.status()).toBe(401);
    expect(portalSessionCount()).toBe(before);
  });

  it('refuses a portal request posted from another site', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Ada Lovelace');
    const response = await postToPortal(page, {
      headers: { Origin: 'https://evil.example' },
      form: { flow: 'payment_method_update' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
  });
});

describe('without help from JavaScript', () => {
  it('the kit’s button, a plain form before hydration, reaches the portal with JavaScript turned off', async () => {
    const page = await session().newPage({ javaScriptEnabled: false });
    await signIn(page, session(), 'Alan Turing');
    expect(await textOf(page.getByTestId('payment-method'))).toBe('No payment method on file');
    await screenshot(page, '21-account-no-javascript');

    await page.getByRole('button', { name: 'Add payment method', exact: true }).click();
    await waitForPortal(page, session());
    expect(await page.title()).toMatch(/^Update payment method/);
    await savePaymentMethod(page, { number: '4242 4242 4242 4242', expiry: '01 / 33', cvc: '314', name: 'Alan Turing' });
    await waitForReturn(page, session());

    // Nothing polls without JavaScript: once the webhooks are delivered, a reload shows the change.
    await session().emulator.webhooks.waitForIdle();
    await page.reload();
    expect(await textOf(page.getByTestId('payment-method'))).toBe('Visa ending in 4242, expires 1/2033');
  });

  it('the new-tab button opens the portal in a new page and leaves the account page in place', async () => {
    const page = await session().newPage();
    await signIn(page, session(), 'Katherine Johnson');
    const [portal] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Invoices and billing history (opens in a new tab)' }).click(),
    ]);
    await waitForPortal(portal, session());
    expect(await portal.title()).toMatch(/^Billing overview/);
    await screenshot(portal, '22-portal-new-tab');
    expect(new URL(page.url()).pathname).toBe('/account');
  });
});

/** The session URL itself (`/p/session/<token>`), from wherever the portal has moved on to. */
function firstSessionUrl(url: string): string {
  const parsed = new URL(url);
  const token = /^\/p\/session\/[^/]+/.exec(parsed.pathname)?.[0];
  if (!token) throw new Error('not on a portal session page');
  return `${parsed.origin}${token}`;
}
