/*
 * The round trip to Stripe at the server level: a trip is remembered only when the kit made a
 * session, in a signed httpOnly cookie with no customer ID or session URL; the return routes mark it
 * and put nothing in the URL; the notice is said once, to the user who left, and says what the
 * webhook-fed projection changed.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReturnNoticeData } from './page-data';
import { RETURN_TRIP_COOKIE } from './return-trip-cookie';
import { useDemoServer } from './testing/demo-server';

const server = useDemoServer({ asStarted: true });
const MASTERCARD = { number: '5555 5555 5555 4444', exp_month: 12, exp_year: 2034, cvc: '123' };

afterEach(() => {
  vi.useRealTimers();
});

/** A browser's cookies: what a response sets is sent with the next request. */
function browser(cookie = '') {
  const jar = new Map(cookie ? [cookie.split('=') as [string, string]] : []);
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  return {
    jar,
    async request(path: string, init: RequestInit = {}) {
      const response = await server().request(path, { ...init, headers: { ...init.headers, Cookie: header() } });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (/max-age=0/i.test(line)) jar.delete(name);
        else jar.set(name, value);
      }
      return response;
    },
    /** The trip cookie's `Set-Cookie` line in `response`, if any. */
    tripLine: (response: Response) => response.headers.getSetCookie().find((line) => line.startsWith(`${RETURN_TRIP_COOKIE}=`)),
    notice: async () =>
      (await (
        await server().request('/api/billing/return-trip', { headers: { Cookie: header() } })
      ).json()) as ReturnNoticeData | null,
    settle: async (): Promise<ReturnNoticeData | null> => {
      const response = await server().request('/api/billing/return-trip', { headers: { Cookie: header() } });
      for (const line of response.headers.getSetCookie()) if (/max-age=0/i.test(line)) jar.delete(line.split('=')[0]!);
      return response.json();
    },
  };
}

async function signedInBrowser(customerId: string) {
  return browser(await server().signInAs(customerId));
}

const openPortal = (session: ReturnType<typeof browser>, body: object = { flow: 'payment_method_update' }) =>
  session.request('/api/billing/portal', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server().appUrl },
    body: JSON.stringify(body),
  });

/** A browser signed in as `customerId` that opened the portal and came back through the return URL. */
async function backFromPortal(customerId: string) {
  const session = await signedInBrowser(customerId);
  await openPortal(session);
  await session.request('/billing/return');
  return session;
}

/** Whose the trip cookie's value is, decoded: what the browser holds (it cannot read it: httpOnly). */
function tripContent(session: ReturnType<typeof browser>): string {
  const value = decodeURIComponent(session.jar.get(RETURN_TRIP_COOKIE) ?? '');
  return Buffer.from(value.slice(0, value.lastIndexOf('.')), 'base64url').toString('utf8');
}

describe('the return trip', () => {
  it('remembers the trip in a signed, httpOnly, SameSite=Lax cookie once a portal session was made, without the customer ID or the URL', async () => {
    const ada = await signedInBrowser(DEMO_IDS.customers.active);
    const response = await openPortal(ada);
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    const line = ada.tripLine(response)!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Lax/);
    expect(line).toMatch(/Path=\//);
    const content = tripContent(ada);
    expect(JSON.parse(content)).toMatchObject({
      userId: server().demo.auth.users.find((user) => user.customerId === DEMO_IDS.customers.active)?.id,
      returnedAt: null,
      before: { paymentMethod: { last4: expect.any(String) } },
    });
    expect(content).not.toContain('cus_');
    expect(content).not.toContain(url);
    expect(content).not.toContain('bps_');
  });

  it('remembers nothing when the kit made no session: signed out, refused, or cross-site', async () => {
    const ada = await signedInBrowser(DEMO_IDS.customers.active);
    const refused = await openPortal(ada, { flow: 'subscription_cancel', subscription: DEMO_IDS.subscriptions.multiTeam });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(ada.tripLine(refused)).toBeUndefined();
    const crossSite = await ada.request('/api/billing/portal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: '{}',
    });
    expect([crossSite.status, ada.tripLine(crossSite)]).toEqual([403, undefined]);
    const signedOut = await openPortal(browser());
    expect([signedOut.status, browser().tripLine(signedOut)]).toEqual([401, undefined]);
  });

  it('comes back with nothing in the URL, and says what the webhooks changed, once', async () => {
    const ada = await signedInBrowser(DEMO_IDS.customers.active);
    await openPortal(ada);
    server().emulator.actions.updatePaymentMethod(DEMO_IDS.customers.active, MASTERCARD);
    await server().emulator.webhooks.waitForIdle();

    const back = await ada.request('/billing/return?status=saved&card=visa');
    expect([back.status, back.headers.get('location')]).toEqual([303, '/account']);
    expect(await ada.settle()).toMatchObject({
      kind: 'trip',
      pending: false,
      before: { paymentMethod: { last4: expect.any(String) } },
    });
    expect(await ada.notice()).toBeNull();
  });

  it('says nothing at once after a trip that changed nothing: the return asks Stripe, which shows nothing new', async () => {
    const katherine = await backFromPortal(DEMO_IDS.customers.multi);
    expect(await katherine.settle()).toBeNull();
    expect(katherine.jar.has(RETURN_TRIP_COOKIE)).toBe(false);
  });

  it('says what changed at once even when the webhook is late, from Stripe’s own answer on return', async () => {
    const { webhooks } = server().emulator;
    const endpoints = [...webhooks.endpoints];
    const ada = await signedInBrowser(DEMO_IDS.customers.active);
    await openPortal(ada);
    for (const endpoint of endpoints) webhooks.remove(endpoint);
    try {
      server().emulator.actions.updatePaymentMethod(DEMO_IDS.customers.active, MASTERCARD);
      await ada.request('/billing/return');
      expect(await ada.settle()).toMatchObject({ kind: 'trip', pending: false });
      // No webhook has arrived, yet the projection has the new card: the return read it from Stripe.
      const state = await (await ada.request('/api/billing/state')).json();
      expect(state.defaultPaymentMethod?.last4).toBe('4444');
    } finally {
      for (const endpoint of endpoints) webhooks.add(endpoint);
    }
  });

  describe('when Stripe does not answer on return', () => {
    beforeEach(() => {
      vi.spyOn(server().demo.projection, 'reconcile').mockRejectedValue(new Error('Stripe is down'));
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('keeps checking while nothing changed, then says nothing once the wait is over', async () => {
      const katherine = await backFromPortal(DEMO_IDS.customers.multi);
      expect(await katherine.settle()).toMatchObject({ kind: 'trip', pending: true });
      expect(await katherine.settle()).toMatchObject({ kind: 'trip', pending: true });
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 31_000);
      expect(await katherine.settle()).toBeNull();
      expect(katherine.jar.has(RETURN_TRIP_COOKIE)).toBe(false);
    });

    it('forgets the trip when the page says it has shown it, but not a newer one', async () => {
      const katherine = await backFromPortal(DEMO_IDS.customers.multi);
      const notice = await katherine.notice();
      expect(notice).toMatchObject({ kind: 'trip', pending: true });
      const leftAt = notice?.kind === 'trip' ? notice.leftAt : 0;
      await katherine.request(`/api/billing/return-trip?left=${leftAt - 1}`, { method: 'DELETE' });
      expect(await katherine.notice()).toMatchObject({ kind: 'trip' });
      const forgotten = await katherine.request(`/api/billing/return-trip?left=${leftAt}`, { method: 'DELETE' });
      expect(forgotten.status).toBe(204);
      expect(await katherine.notice()).toBeNull();
    });
  });

  it('never shows a trip to another user signed in on the same browser, and forgets it', async () => {
    const ada = await backFromPortal(DEMO_IDS.customers.active);
    const trip = ada.jar.get(RETURN_TRIP_COOKIE)!;
    const grace = await signedInBrowser(DEMO_IDS.customers.pastDue);
    grace.jar.set(RETURN_TRIP_COOKIE, trip);
    expect(await grace.settle()).toBeNull();
    expect(grace.jar.has(RETURN_TRIP_COOKIE)).toBe(false);
  });

  it('ignores a trip cookie that was tampered with', async () => {
    const ada = await backFromPortal(DEMO_IDS.customers.active);
    const [value = '', signature = ''] = decodeURIComponent(ada.jar.get(RETURN_TRIP_COOKIE)!).split('.');
    const forged = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    forged.before.paymentMethod = null;
    ada.jar.set(
      RETURN_TRIP_COOKIE,
      encodeURIComponent(`${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`),
    );
    expect(await ada.notice()).toBeNull();
  });

  it('back signed out: says the change is saved, and shows it once the same user signs in', async () => {
    const ada = await signedInBrowser(DEMO_IDS.customers.active);
    await openPortal(ada);
    const trip = ada.jar.get(RETURN_TRIP_COOKIE)!;
    server().emulator.actions.updateCustomerDetails(DEMO_IDS.customers.active, { name: 'Ada King', email: 'ada@example.com' });
    await server().emulator.webhooks.waitForIdle();

    const signedOut = browser(`${RETURN_TRIP_COOKIE}=${trip}`);
    const back = await signedOut.request('/billing/return');
    expect([back.status, back.headers.get('location')]).toEqual([303, '/']);
    expect(await signedOut.notice()).toEqual({ kind: 'signed-out' });

    const again = await signedInBrowser(DEMO_IDS.customers.active);
    again.jar.set(RETURN_TRIP_COOKIE, signedOut.jar.get(RETURN_TRIP_COOKIE)!);
    expect(await again.settle()).toMatchObject({ kind: 'trip', pending: false });
  });

  it('says nothing on the sign-in page to a customer who came back signed in and signed out later', async () => {
    const ada = await backFromPortal(DEMO_IDS.customers.active);
    await ada.request('/api/session/sign-out', { method: 'POST', headers: { Origin: server().appUrl } });
    expect(ada.jar.has(RETURN_TRIP_COOKIE)).toBe(true);
    expect(await ada.notice()).toBeNull();
  });

  it('marks a Checkout left without paying, and says so once', async () => {
    const alan = await signedInBrowser(DEMO_IDS.customers.none);
    const started = await alan.request('/api/billing/checkout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server().appUrl },
      body: new URLSearchParams({ plan: 'pro_monthly' }),
    });
    expect(started.status).toBe(303);
    expect(alan.tripLine(started)).toBeDefined();
    const back = await alan.request('/billing/checkout/canceled');
    expect([back.status, back.headers.get('location')]).toEqual([303, '/account']);
    expect(await alan.settle()).toEqual({ kind: 'checkout-canceled' });
    expect(await alan.notice()).toBeNull();
  });

  it('says nothing on a return route reached without a trip', async () => {
    const ada = await signedInBrowser(DEMO_IDS.customers.active);
    const back = await ada.request('/billing/return');
    expect(back.headers.get('location')).toBe('/account');
    expect(ada.tripLine(back)).toBeUndefined();
    expect(await ada.notice()).toBeNull();
  });
});
