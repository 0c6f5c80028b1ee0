/*
 * The demo's server without a browser: the real `stripe` SDK against the emulator over HTTP, and the
 * emulator's signed webhooks delivered to the app over HTTP, as in the running demo.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BillingView } from '../src/billing-view';
import { useDemoServer } from './testing/demo-server';

const server = useDemoServer();
const request = (path: string, init?: RequestInit) => server().request(path, init);
const signInAs = (customerId: string) => server().signInAs(customerId);
const stateOf = (cookie: string) => server().stateOf(cookie);

afterEach(() => {
  vi.useRealTimers();
});

describe('createDemoApp', () => {
  it('offers the seeded customers on the sign-in page without their customer IDs', async () => {
    const body = await (await request('/api/demo/users')).text();
    expect(body).not.toContain('cus_');
    expect(
      (JSON.parse(body) as { name: string; summary: string }[]).map(({ name, summary }) => `${name}: ${summary}`).sort(),
    ).toEqual([
      'Ada Lovelace: Starter, active',
      'Alan Turing: No subscription',
      'Grace Hopper: Pro, past due',
      'Katherine Johnson: 2 subscriptions',
    ]);
  });

  it('answers the billing state for the signed-in customer only', async () => {
    const signedOut = await request('/api/billing/state');
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const state = await stateOf(await signInAs(DEMO_IDS.customers.multi));
    expect(state.subscriptions.map((subscription) => subscription.id).sort()).toEqual(
      [DEMO_IDS.subscriptions.multiAddon, DEMO_IDS.subscriptions.multiTeam].sort(),
    );
    expect(JSON.stringify(state)).not.toContain('cus_');
  });

  it('changes the state when a signed webhook arrives, and only then', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const before = await stateOf(cookie);
    expect(before.subscriptions[0]).toMatchObject({ paused: false });

    server().emulator.actions.pauseSubscription(DEMO_IDS.subscriptions.active);
    await server().emulator.webhooks.waitForIdle();

    const after = await stateOf(cookie);
    expect(after.subscriptions[0]).toMatchObject({ paused: true });
    expect(BigInt(after.version)).toBeGreaterThan(BigInt(before.version));
  });

  it('still accepts the emulator’s webhooks long after the signature tolerance has passed since start', async () => {
    // Ten minutes on, twice the 300 s tolerance of the webhook check: a newcomer who left the demo open.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 10 * 60 * 1000);
    const cookie = await signInAs(DEMO_IDS.customers.multi);
    const team = (state: BillingView) =>
      state.subscriptions.find((subscription) => subscription.id === DEMO_IDS.subscriptions.multiTeam);
    expect(team(await stateOf(cookie))).toMatchObject({ paused: false });
    const from = server().emulator.webhooks.deliveries.length;

    server().emulator.actions.pauseSubscription(DEMO_IDS.subscriptions.multiTeam);
    await server().emulator.webhooks.waitForIdle();

    const deliveries = server().emulator.webhooks.deliveries.slice(from);
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.map((delivery) => [delivery.state, delivery.attempts.map((attempt) => attempt.status)])).toEqual(
      deliveries.map(() => ['succeeded', [200]]),
    );
    expect(team(await stateOf(cookie))).toMatchObject({ paused: true });
  });

  it('refuses a webhook that is not signed with the secret, and changes nothing', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const before = await stateOf(cookie);
    const forged = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'customer.subscription.deleted',
      created: Math.floor(Date.now() / 1000) + 60,
      data: { object: { id: DEMO_IDS.subscriptions.active, customer: DEMO_IDS.customers.active, status: 'canceled' } },
    });
    const response = await request('/webhooks/stripe', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Stripe-Signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`,
      },
      body: forged,
    });
    expect(response.status).toBe(400);
    expect(await stateOf(cookie)).toEqual(before);
  });

  it('has no test-clock route when it was given no clock (a real Stripe account)', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const response = await request('/api/demo/clock/next-renewal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server().appUrl, Cookie: cookie },
    });
    expect(response.status).toBe(404);
  });

  it('sends the customer back through a return route that reads nothing from the redirect', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const crafted = '/billing/return?status=canceled&customer=cus_demo_multi&next=https://evil.example';
    const signedIn = await request(crafted, { headers: { Cookie: cookie } });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/account');
    const signedOut = await request(crafted);
    expect(signedOut.headers.get('location')).toBe('/');
  });

  it('creates portal sessions with the return URL, retention coupon and redirect it was set up with', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const response = await request('/api/billing/portal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server().appUrl, Cookie: cookie },
      body: JSON.stringify({ flow: 'subscription_cancel', subscription: DEMO_IDS.subscriptions.active }),
    });
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    // Compared, never printed: the URL is a credential.
    expect(url.startsWith(`${server().emulator.url}/p/session/`)).toBe(true);

    const created = server()
      .emulator.store.portalSessions.list()
      .find((record) => url.endsWith(record.id))!.session;
    expect(created.customer).toBe(DEMO_IDS.customers.active);
    expect(created.return_url).toBe(`${server().appUrl}/billing/return`);
    expect(created.flow?.subscription_cancel?.retention?.coupon_offer?.coupon).toBe(DEMO_IDS.retentionCoupon);
    expect(created.flow?.after_completion).toMatchObject({
      type: 'redirect',
      redirect: { return_url: `${server().appUrl}/billing/return` },
    });
  });

  it('lets a customer confirm a switch only to a price the catalog sells', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const confirm = (price: string) =>
      request('/api/billing/portal', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: server().appUrl, Cookie: cookie },
        body: JSON.stringify({
          flow: 'subscription_update_confirm',
          subscription: DEMO_IDS.subscriptions.active,
          items: [{ id: DEMO_IDS.items.active, price }],
        }),
      });
    expect((await confirm(DEMO_IDS.prices.proMonthly)).status).toBe(200);
    const refused = await confirm('price_not_for_sale');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', param: 'items[0].price' } });
  });
});
