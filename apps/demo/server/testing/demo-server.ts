/*
 * The demo's server without a browser, for server-level tests: the real `stripe` SDK against the
 * emulator over HTTP, and the emulator's signed webhooks delivered to the app over HTTP, as in the
 * running demo, with its tables on PGlite in a temporary folder. One per test file.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createStripeEmulator, DEMO_IDS, signPayload, type StripeEmulator } from '@portalkit/stripe-emulator';
import type { Hono } from 'hono';
import Stripe from 'stripe';
import { afterAll, beforeAll, expect } from 'vitest';
import { type BillingView, toBillingView } from '../../src/billing-view';
import { createDemoApp, type DemoApp } from '../create-demo-app';
import { type DemoDatabase, type DemoDatabaseLocation, openDemoDatabase } from '../database/open-demo-database';
import { demoCustomers } from '../demo-customers';
import { tempDataDir } from './temp-data-dir';

/** The running server and shortcuts for talking to it. */
export interface DemoServer {
  emulator: StripeEmulator;
  appUrl: string;
  demo: DemoApp;
  /** Every request the app's Stripe client sent, as `POST /v1/billing_portal/sessions`, oldest first. */
  stripeRequests: string[];
  /** Sends a request to the app, on its own origin. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Signs in through the stub form as the user mapped to `customerId`; returns the cookie pair. */
  signInAs(customerId: string): Promise<string>;
  /** `GET /api/billing/state` with `cookie`, which must answer 200, as the account page shows it. */
  stateOf(cookie: string): Promise<BillingView & { version: string }>;
  /**
   * Stops the app (the emulator keeps running, as Stripe does while an app restarts) and starts a new
   * one on the same port with the same database (the same data folder, reopened).
   */
  restart(): Promise<void>;
  /** The app's open database. */
  database(): DemoDatabase;
  /** Posts an event the emulator sent before to the webhook route again, freshly signed (as Stripe's retries are). */
  redeliver(eventId: string): Promise<Response>;
}

export interface DemoServerOptions {
  /** Add the demo's own customers to the emulator's seed, and give the app the emulator's clock, as `startDemo` does. @defaultValue false */
  asStarted?: boolean;
  /** Where the tables are. @defaultValue PGlite in a temporary folder */
  database?: () => DemoDatabaseLocation;
}

/**
 * Starts the emulator and the demo's server before the file's first test and stops them after its last.
 *
 * @example
 * const server = useDemoServer();
 * it('answers', async () => expect((await server().request('/api/demo/users')).status).toBe(200));
 */
export function useDemoServer(options: DemoServerOptions = {}): () => DemoServer {
  let running: DemoServer | undefined;
  let httpServer: ServerType | undefined;
  let emulator: StripeEmulator | undefined;
  let database: DemoDatabase | undefined;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const started = createStripeEmulator({ seed: 'demo' });
    emulator = started;
    if (options.asStarted) started.seed(demoCustomers(started.clock.now()));
    const emulatorUrl = new URL((await started.listen(0, '127.0.0.1')).url);
    let location = options.database?.();
    if (!location) {
      const data = await tempDataDir();
      cleanups.push(data.remove);
      location = { kind: 'pglite', dataDir: data.path };
    }
    const where = location;
    // The app listens first, so its URL is known for the emulator's webhook endpoint.
    let app: Hono | undefined;
    httpServer = await new Promise<ServerType>((resolve) => {
      const server = serve(
        { fetch: (request) => app!.fetch(request), port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false },
        () => resolve(server),
      );
    });
    const appUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    started.webhooks.add(`${appUrl}/webhooks/stripe`);
    const stripeRequests: string[] = [];
    const stripe = new Stripe(started.apiKey, { host: '127.0.0.1', port: Number(emulatorUrl.port), protocol: 'http' });
    stripe.on('request', (event: Stripe.RequestEvent) => stripeRequests.push(`${event.method} ${event.path}`));

    const startApp = async () => {
      database = await openDemoDatabase(where);
      return createDemoApp({
        stripe,
        webhookSecret: started.webhooks.secret,
        appUrl,
        database,
        emulatorInfo: { url: started.url },
        cookieSecret: 'server-test-cookie-secret-0123456789',
        retentionCoupon: DEMO_IDS.retentionCoupon,
        ...(options.asStarted
          ? {
              testClock: {
                now: () => started.clock.now(),
                set: (unixSeconds: number) => void started.clock.set(unixSeconds),
                settle: () => started.webhooks.waitForIdle(),
              },
            }
          : {}),
      });
    };
    let demo = await startApp();
    app = demo.app;
    const request = async (path: string, init: RequestInit = {}) => demo.app.request(`${appUrl}${path}`, init);
    running = {
      emulator: started,
      appUrl,
      get demo() {
        return demo;
      },
      stripeRequests,
      request,
      async signInAs(customerId) {
        const user = demo.auth.users.find((candidate) => candidate.customerId === customerId)!;
        const response = await request('/api/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: appUrl },
          body: new URLSearchParams({ user: user.id }),
        });
        return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
      },
      async stateOf(cookie) {
        const response = await request('/api/billing/state', { headers: { Cookie: cookie } });
        expect(response.status).toBe(200);
        const state = await response.json();
        return { ...toBillingView(state, demo.catalog.plans), version: state.version };
      },
      database: () => database!,
      async redeliver(eventId) {
        const event = started.store.events.list().find((candidate) => candidate.id === eventId)!;
        const payload = JSON.stringify(event);
        const signature = signPayload(payload, started.webhooks.secret, Math.floor(Date.now() / 1000));
        return request('/webhooks/stripe', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
          body: payload,
        });
      },
      async restart() {
        app = undefined;
        await database?.close();
        demo = await startApp();
        app = demo.app;
      },
    };
  });

  afterAll(async () => {
    await new Promise((resolve) => (httpServer ? httpServer.close(resolve) : resolve(undefined)));
    await emulator?.close();
    await database?.close();
    for (const cleanup of cleanups) await cleanup();
  });

  return () => {
    if (!running) throw new Error('The demo server runs only during the tests of the file that called useDemoServer().');
    return running;
  };
}
