import { createStripeEmulator, DEMO_IDS, signPayload, type StripeEmulator } from '@portalkit/stripe-emulator';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { RunningProcess } from './start-process';

/** What the billing app reads from its environment (see app/billing-app.ts); a type, so it fits `Record<string, string>`. */
export type BillingAppEnv = {
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  STRIPE_API_URL: string;
  APP_URL: string;
};

export interface RuntimeUnderTest {
  /** Starts the billing app on the runtime with `env`. */
  start(env: BillingAppEnv): Promise<RunningProcess>;
  /** Checks the app runs on this runtime with the built `@portalkit/server`, e.g. with {@link checkHealth}. */
  checkRuntime(app: RunningProcess): Promise<void>;
}

/**
 * Checks the app's `/health`: which runtime answered (`navigator.userAgent`) and which file
 * `@portalkit/server` resolved to, which must be the built `dist`, not the sources.
 *
 * @example
 * checkRuntime: checkHealth(/^Deno\/2\./),
 */
export function checkHealth(userAgent: RegExp): (app: RunningProcess) => Promise<void> {
  return async (app) => {
    const health = (await (await fetch(`${app.url}/health`)).json()) as { userAgent: string; serverEntry: string | null };
    expect(health.userAgent).toMatch(userAgent);
    expect(health.serverEntry).toMatch(/\/packages\/server\/dist\/index\.js$/);
  };
}

const APP_URL = 'http://app.localhost:3000';
const ALICE = DEMO_IDS.customers.active;

/**
 * The behaviour every runtime must show with the built handlers, against a real emulator in this
 * process: a portal session for the signed-in customer, a 401 for nobody, a delivery the emulator
 * signed and sent (verified and handled), and a forged one (refused).
 *
 * @example
 * describe('Deno', () => itServesBilling({ start, checkRuntime: checkHealth(/^Deno\//) }));
 */
export function itServesBilling(runtime: RuntimeUnderTest): void {
  let emulator: StripeEmulator;
  let app: RunningProcess;

  beforeAll(async () => {
    emulator = createStripeEmulator({ webhookRetry: { maxAttempts: 1, timeoutMs: 10_000 } });
    const { url } = await emulator.listen(0);
    app = await runtime.start({
      STRIPE_SECRET_KEY: emulator.apiKey,
      STRIPE_WEBHOOK_SECRET: emulator.webhooks.secret,
      STRIPE_API_URL: url,
      APP_URL,
    });
    emulator.webhooks.add(`${app.url}/webhooks/stripe`);
  });
  afterAll(async () => {
    await app?.stop();
    await emulator?.close();
  });
  beforeEach(() => emulator.reset());

  const portalRequest = (body: unknown, cookie?: string) =>
    fetch(`${app.url}/api/billing/portal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: APP_URL, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  it('runs on the runtime, with the built @portalkit/server', async () => {
    await runtime.checkRuntime(app);
  });

  it("opens the signed-in customer's portal: 200 { url } from a session the emulator created", async () => {
    const response = await portalRequest({ flow: 'payment_method_update', returnTo: '/account/billing' }, `customer=${ALICE}`);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { url } = (await response.json()) as { url: string };
    const [session, ...others] = emulator.store.portalSessions.list().map((record) => record.session);
    expect(others).toEqual([]);
    expect(session).toMatchObject({
      url,
      customer: ALICE,
      return_url: `${APP_URL}/account/billing`,
      flow: { type: 'payment_method_update' },
    });
    // The hosted page opens (it redirects once, to drop the single-use token from the address bar).
    expect((await fetch(url, { redirect: 'manual' })).status).toBeLessThan(400);
  });

  it('answers 401 UNAUTHENTICATED when nobody is signed in, without calling Stripe', async () => {
    const response = await portalRequest({});
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(emulator.store.portalSessions.list()).toEqual([]);
  });

  it('verifies and handles a webhook the emulator signed and delivered', async () => {
    emulator.actions.cancelSubscription(DEMO_IDS.subscriptions.active, { mode: 'at_period_end' });
    await emulator.webhooks.waitForIdle();

    const updates = emulator.webhooks.deliveries.filter((delivery) => delivery.eventType === 'customer.subscription.updated');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ state: 'succeeded', attempts: [{ status: 200, error: null }] });
    await vi.waitFor(() =>
      expect(app.output()).toContain(
        `handled customer.subscription.updated ${DEMO_IDS.subscriptions.active} cancel_at_period_end=true`,
      ),
    );
  });

  it('refuses a delivery signed with another secret, and runs no handler', async () => {
    const subscription = { id: 'sub_forged', object: 'subscription', cancel_at_period_end: false };
    const body = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'customer.subscription.updated',
      data: { object: subscription },
    });
    const response = await fetch(`${app.url}/webhooks/stripe`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'stripe-signature': signPayload(body, 'whsec_not_the_endpoints', emulator.clock.now()),
      },
      body,
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'INVALID_REQUEST', message: 'Webhook signature verification failed.' },
    });
    expect(app.output()).not.toContain('sub_forged');
  });
}
