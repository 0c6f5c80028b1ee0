/*
 * The demo's server without a browser: the real `stripe` SDK against the emulator over HTTP, and the
 * emulator's signed webhooks delivered to the app over HTTP, as in the running demo.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createStripeEmulator, DEMO_IDS, type StripeEmulator } from '@portalkit/stripe-emulator';
import type { Hono } from 'hono';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BillingState } from './billing-state';
import { createDemoApp, type DemoApp } from './create-demo-app';

let emulator: StripeEmulator;
let server: ServerType;
let appUrl: string;
let demo: DemoApp;

beforeAll(async () => {
  emulator = createStripeEmulator({ seed: 'demo' });
  const emulatorUrl = new URL((await emulator.listen(0, '127.0.0.1')).url);
  // The app listens first, so its URL is known for the emulator's webhook endpoint.
  let app: Hono | undefined;
  server = await new Promise<ServerType>((resolve) => {
    const started = serve(
      { fetch: (request) => app!.fetch(request), port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false },
      () => resolve(started),
    );
  });
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  emulator.webhooks.add(`${appUrl}/webhooks/stripe`);
  demo = await createDemoApp({
    stripe: new Stripe(emulator.apiKey, { host: '127.0.0.1', port: Number(emulatorUrl.port), protocol: 'http' }),
    webhookSecret: emulator.webhooks.secret,
    appUrl,
    emulatorInfo: { url: emulator.url },
    cookieSecret: 'server-test-cookie-secret-0123456789',
    retentionCoupon: DEMO_IDS.retentionCoupon,
  });
  app = demo.app;
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await emulator?.close();
});

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  return demo.app.request(`${appUrl}${path}`, init);
}

/** Signs in through the stub form as the user mapped to `customerId`; returns the cookie pair. */
async function signInAs(customerId: string): Promise<string> {
  const user = demo.auth.users.find((candidate) => candidate.customerId === customerId)!;
  const response = await request('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: appUrl },
    body: new URLSearchParams({ user: user.id }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function stateOf(cookie: string): Promise<BillingState> {
  const response = await request('/api/billing/state', { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as BillingState;
}

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
    expect(await signedOut.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } });
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

    emulator.actions.pauseSubscription(DEMO_IDS.subscriptions.active);
    await emulator.webhooks.waitForIdle();

    const after = await stateOf(cookie);
    expect(after.subscriptions[0]).toMatchObject({ paused: true });
    expect(after.version).toBeGreaterThan(before.version);
  });

  it('still accepts the emulator’s webhooks long after the signature tolerance has passed since start', async () => {
    // Ten minutes on, twice the 300 s tolerance of the webhook check: a newcomer who left the demo open.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 10 * 60 * 1000);
    const cookie = await signInAs(DEMO_IDS.customers.multi);
    const team = (state: BillingState) =>
      state.subscriptions.find((subscription) => subscription.id === DEMO_IDS.subscriptions.multiTeam);
    expect(team(await stateOf(cookie))).toMatchObject({ paused: false });
    const from = emulator.webhooks.deliveries.length;

    emulator.actions.pauseSubscription(DEMO_IDS.subscriptions.multiTeam);
    await emulator.webhooks.waitForIdle();

    const deliveries = emulator.webhooks.deliveries.slice(from);
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

  it('sends the customer back through a return route that reads nothing from the redirect', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const crafted = '/billing/return?status=canceled&customer=cus_demo_multi&next=https://evil.example';
    const signedIn = await request(crafted, { headers: { Cookie: cookie } });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/account?returned=1');
    const signedOut = await request(crafted);
    expect(signedOut.headers.get('location')).toBe('/');
  });

  it('creates portal sessions with the return URL, retention coupon and redirect it was set up with', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const response = await request('/api/billing/portal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: appUrl, Cookie: cookie },
      body: JSON.stringify({ flow: 'subscription_cancel', subscription: DEMO_IDS.subscriptions.active }),
    });
    expect(response.status).toBe(200);
    const { url } = (await response.json()) as { url: string };
    // Compared, never printed: the URL is a credential.
    expect(url.startsWith(`${emulator.url}/p/session/`)).toBe(true);

    const created = emulator.store.portalSessions.list().find((record) => url.endsWith(record.id))!.session;
    expect(created.customer).toBe(DEMO_IDS.customers.active);
    expect(created.return_url).toBe(`${appUrl}/billing/return`);
    expect(created.flow?.subscription_cancel?.retention?.coupon_offer?.coupon).toBe(DEMO_IDS.retentionCoupon);
    expect(created.flow?.after_completion).toMatchObject({
      type: 'redirect',
      redirect: { return_url: `${appUrl}/billing/return` },
    });
  });

  it('lets a customer confirm a switch only to a price the catalog sells', async () => {
    const cookie = await signInAs(DEMO_IDS.customers.active);
    const confirm = (price: string) =>
      request('/api/billing/portal', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: appUrl, Cookie: cookie },
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
