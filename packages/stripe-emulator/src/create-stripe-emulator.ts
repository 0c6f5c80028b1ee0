import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { createActions, withCatchUp, type EmulatorActions } from './actions/create-actions';
import { advanceSubscriptions } from './actions/advance-time';
import { createCheckoutPages } from './checkout/create-checkout-pages';
import { createClock, type EmulatorClock } from './clock';
import { createContext, type EmulatorContext } from './context';
import { createHostCheck } from './http/allowed-hosts';
import { createApiApp } from './http/create-api-app';
import { idempotency } from './http/idempotency';
import { createSecret } from './ids';
import type { StripeEmulatorOptions } from './options';
import { createPortalPages } from './portal';
import { applySeed } from './seed/apply-seed';
import { demoSeed } from './seed/demo';
import type { EmulatorSeed } from './seed/seed-types';
import { createStore, type EmulatorStore } from './store/create-store';
import { createPortalSessions, type PortalSessions } from './store/portal-sessions';
import { createWebhookDispatcher, type WebhookDispatcher } from './webhooks/create-dispatcher';

/**
 * A running (or ready to run) emulator.
 *
 * @example
 * const emulator = createStripeEmulator();
 * await emulator.listen(0);
 * emulator.clock.advance(301); // unvisited portal sessions have expired
 * await emulator.webhooks.waitForIdle();
 */
export interface StripeEmulator {
  /** Answers one request, with or without `listen()`: the whole emulator as a Fetch handler. */
  fetch(request: Request): Promise<Response>;
  /** Starts an HTTP server. Port 0 (the default) picks a free port. */
  listen(port?: number, host?: string): Promise<{ url: string }>;
  /** Stops the server and pending webhook retries. */
  close(): Promise<void>;
  /** The base URL: `publicUrl`, or the one `listen()` bound. Throws before either is known. */
  readonly url: string;
  /** The secret key clients must send. */
  readonly apiKey: string;
  /** Adds objects (no webhooks are sent). */
  seed(data: EmulatorSeed): void;
  /** Back to the starting data: clears objects, events, sessions, idempotency keys and deliveries. The clock keeps its time. */
  reset(): void;
  /**
   * Emulator time: wall time plus an offset by default, or frozen (`clock: 'frozen'`). Moving it
   * expires sessions and advances subscriptions like a test clock; so does wall time passing.
   */
  readonly clock: EmulatorClock;
  /** The signing secret, the endpoints, and the delivery log; `waitForIdle()` waits for deliveries. */
  readonly webhooks: Omit<WebhookDispatcher, 'dispatch' | 'clear' | 'close'>;
  /** All objects, by type. Read freely; change state through `actions` so webhooks follow. */
  readonly store: EmulatorStore;
  /** Single-use portal session access, for the hosted pages. */
  readonly sessions: PortalSessions;
  /** What a customer can do in the portal, as state changes that send webhooks. */
  readonly actions: EmulatorActions;
  /** Everything above in one object, for code that extends the emulator. */
  readonly context: EmulatorContext;
}

/**
 * Creates an offline stand-in for the part of Stripe's API that portalkit uses, with hosted portal
 * pages and signed webhooks. Point the real `stripe` SDK at it.
 *
 * @example
 * const emulator = createStripeEmulator({ webhookEndpoints: ['http://127.0.0.1:3000/webhooks/stripe'] });
 * const { url } = await emulator.listen(12111);
 * const stripe = new Stripe(emulator.apiKey, { host: '127.0.0.1', port: 12111, protocol: 'http' });
 * const session = await stripe.billingPortal.sessions.create({ customer: 'cus_demo_active', return_url: 'http://localhost:3000/account' });
 */
export function createStripeEmulator(options: StripeEmulatorOptions = {}): StripeEmulator {
  const apiKey = options.apiKey ?? 'sk_test_emulator';
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  let listenUrl: string | undefined;
  let server: Server | undefined;
  let context: EmulatorContext | undefined;
  // Time-based work runs when the clock is moved and, for a wall clock, lazily: before each request,
  // action and store read, once per emulator second.
  let caughtUpTo: number | undefined;
  const catchUp = () => {
    const now = clock.now();
    if (!context || now === caughtUpTo) return;
    caughtUpTo = now;
    advanceSubscriptions(context);
  };
  const clock = createClock({
    mode: options.clock,
    start: options.startTime,
    onChange: () => {
      caughtUpTo = undefined;
      catchUp();
    },
  });
  const store = createStore();
  const webhooks = createWebhookDispatcher({
    secret: options.webhookSecret ?? createSecret('whsec_'),
    endpoints: options.webhookEndpoints,
    clock,
    retry: options.webhookRetry,
    onAttempt:
      options.log &&
      ((d, a) =>
        options.log?.(`webhook ${d.eventType} -> ${d.endpoint}: ${a.error ?? a.status} (try ${d.attempts.length}, ${d.state})`)),
  });
  const ctx = createContext({
    store,
    clock,
    webhooks,
    sessions: createPortalSessions(store, clock),
    sessionTtlSeconds: options.sessionTtlSeconds ?? 300,
  });
  context = ctx;
  const keys = idempotency(clock);
  const baseUrl = (request: Request) => publicUrl ?? listenUrl ?? new URL(request.url).origin;
  const pages = new Hono()
    .route('/', createPortalPages({ context: ctx, businessName: options.businessName }))
    .route('/', createCheckoutPages({ context: ctx, businessName: options.businessName }));
  const hostCheck = createHostCheck({ allowedHosts: options.allowedHosts, ownUrls: () => [publicUrl, listenUrl] });
  const app = createApiApp({ context: ctx, apiKey, idempotency: keys, baseUrl, pages, hostCheck, catchUp, log: options.log });
  const initialSeed = () => {
    const seed = options.seed ?? 'demo';
    if (seed === 'empty') return;
    applySeed(ctx, seed === 'demo' ? demoSeed(clock.now()) : typeof seed === 'function' ? seed(clock.now()) : seed);
  };
  initialSeed();
  caughtUpTo = clock.now();
  const actions = createActions(ctx);

  return {
    fetch: async (request) => app.fetch(request),
    async listen(port = 0, host = '127.0.0.1') {
      if (server) throw new Error('This emulator is already listening; call close() first.');
      // overrideGlobalObjects: false keeps Node's own Request/Response for everything else in the process.
      const created = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
      await new Promise<void>((resolve, reject) => {
        created.once('error', reject);
        created.listen(port, host, () => resolve());
      });
      server = created;
      const address = created.address() as AddressInfo;
      listenUrl = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      return { url: publicUrl ?? listenUrl };
    },
    async close() {
      webhooks.close();
      const running = server;
      server = undefined;
      listenUrl = undefined;
      if (!running) return;
      await new Promise<void>((resolve) => {
        running.close(() => resolve());
        // Keep-alive sockets (stripe-node keeps its agent's open) would hold close() forever.
        running.closeAllConnections();
      });
    },
    get url() {
      const url = publicUrl ?? listenUrl;
      if (!url) throw new Error('emulator.url is known once listen() has resolved; or pass publicUrl to createStripeEmulator().');
      return url;
    },
    apiKey,
    seed: (data) => applySeed(ctx, data),
    reset() {
      store.clear();
      webhooks.clear();
      keys.clear();
      initialSeed();
    },
    clock,
    webhooks,
    get store() {
      catchUp();
      return store;
    },
    sessions: ctx.sessions,
    actions: withCatchUp(actions, catchUp),
    context: ctx,
  };
}
