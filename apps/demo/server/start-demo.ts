import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { createStripeEmulator, DEMO_IDS, type StripeEmulator } from '@portalkit/stripe-emulator';
import Stripe from 'stripe';
import type { LogLevel } from 'vite';
import { createDemoApp, type DemoApp, type DemoLogger } from './create-demo-app';
import type { DemoTestClock } from './test-clock-routes';
import { createViteRenderer } from './create-vite-renderer';
import { type DemoDatabaseLocation, openDemoDatabase } from './database/open-demo-database';
import { demoCustomers } from './demo-customers';

export interface StartDemoOptions {
  /** The demo's port; 0 picks a free one. */
  port: number;
  /** The emulator's port when no Stripe key is given; 0 picks a free one. */
  emulatorPort: number;
  /** The host name the browser uses in URLs (the cookie, the return URL and allowed origin follow it). @defaultValue `'localhost'` */
  publicHost?: string;
  /**
   * A Stripe test-mode key, its webhook secret and, optionally, a coupon to offer customers who start to
   * cancel; without them the emulator runs in this process (and offers its demo coupon).
   */
  stripe?: { secretKey: string; webhookSecret: string; retentionCoupon?: string | undefined };
  /**
   * Where the billing projection and the webhook event store live.
   * @defaultValue PGlite in `apps/demo/.data` (see {@link DEFAULT_DATA_DIR})
   */
  database?: DemoDatabaseLocation;
  /** Signs the stub-auth cookie. Sessions live in this process, so a restart signs everyone out. @defaultValue a random key per start */
  cookieSecret?: string;
  /** @defaultValue `console` */
  logger?: DemoLogger;
  /** Where Vite keeps its pre-bundled dependencies. */
  viteCacheDir?: string;
  /** @defaultValue `'info'` */
  viteLogLevel?: LogLevel;
}

/** A running demo: its URL, the emulator (when offline), the app's parts, and how to stop it all. */
export interface RunningDemo {
  url: string;
  /** Where its tables are, e.g. `PGlite in /…/apps/demo/.data`. */
  database: string;
  emulator: StripeEmulator | null;
  demo: DemoApp;
  close(): Promise<void>;
}

/** The demo's own data folder for PGlite (git-ignored), beside its `server` folder. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data/', import.meta.url));

/** The emulator's clock as the demo's "next renewal" button moves it. */
function testClockOf(emulator: StripeEmulator): DemoTestClock {
  return {
    now: () => emulator.clock.now(),
    set: (unixSeconds) => void emulator.clock.set(unixSeconds),
    settle: () => emulator.webhooks.waitForIdle(),
  };
}

/** Only these go to Hono; everything else is the front end's modules and assets, served by Vite. */
function isServerRoute(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path === '/' || path === '/account' || /^\/(api|webhooks|billing)\//.test(path);
}

/**
 * Starts the whole demo on one origin: a Node server where Hono answers the API, the webhooks and the
 * pages, and Vite (middleware mode) serves the front end. With no Stripe key, the emulator starts too,
 * seeded with the demo customers and with the demo's webhook endpoint registered.
 *
 * @example
 * const demo = await startDemo({ port: 5173, emulatorPort: 12111 });
 * console.log(demo.url);
 * await demo.close();
 */
export async function startDemo(options: StartDemoOptions): Promise<RunningDemo> {
  const logger = options.logger ?? console;
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503, { 'Retry-After': '1' }).end('The demo is starting.');
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the demo has a stub login and must not be reachable from the network.
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const appUrl = `http://${options.publicHost ?? 'localhost'}:${port}`;
  const closers: (() => Promise<void>)[] = [
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  ];
  let closing: Promise<void> | undefined;
  // Last started, first stopped; a second call waits for the first.
  const close = () =>
    (closing ??= (async () => {
      for (const closer of [...closers].reverse()) {
        await closer().catch((error: unknown) => logger.error('demo: stop failed', { error }));
      }
    })());

  try {
    // Opened before the emulator, so it closes after it: no webhook lands on a closed database.
    const database = await openDemoDatabase(options.database ?? { kind: 'pglite', dataDir: DEFAULT_DATA_DIR });
    closers.push(() => database.close());
    let emulator: StripeEmulator | null = null;
    let stripe: Stripe;
    let webhookSecret: string;
    if (options.stripe) {
      stripe = new Stripe(options.stripe.secretKey);
      webhookSecret = options.stripe.webhookSecret;
    } else {
      emulator = createStripeEmulator({
        // Only this process talks to the emulator's API: no reason to answer to the well-known default key.
        apiKey: `sk_test_${randomBytes(24).toString('base64url')}`,
        seed: 'demo',
        businessName: 'portalkit demo',
        // 127.0.0.1, not the public host name: the emulator posts from this process.
        webhookEndpoints: [`http://127.0.0.1:${port}/webhooks/stripe`],
      });
      const running = emulator;
      closers.push(() => running.close());
      emulator.seed(demoCustomers(emulator.clock.now()));
      const emulatorUrl = new URL((await emulator.listen(options.emulatorPort, '127.0.0.1')).url);
      stripe = new Stripe(emulator.apiKey, {
        host: emulatorUrl.hostname,
        port: Number(emulatorUrl.port),
        protocol: 'http',
      });
      webhookSecret = emulator.webhooks.secret;
    }

    const vite = await createViteRenderer({
      httpServer: server,
      ...(options.viteCacheDir ? { cacheDir: options.viteCacheDir } : {}),
      ...(options.viteLogLevel ? { logLevel: options.viteLogLevel } : {}),
    });
    closers.push(() => vite.close());

    const demo = await createDemoApp({
      stripe,
      webhookSecret,
      appUrl,
      database,
      // The emulator starts from its seed every time; a Stripe account carries on, and so do the tables.
      stripeStartsOver: emulator !== null,
      ...(emulator ? { emulatorInfo: { url: emulator.url }, testClock: testClockOf(emulator) } : {}),
      cookieSecret: options.cookieSecret ?? randomBytes(32).toString('base64url'),
      retentionCoupon: emulator ? DEMO_IDS.retentionCoupon : options.stripe?.retentionCoupon,
      renderPage: vite.renderPage,
      logger,
    });
    // Keep the Fetch globals as Node has them: the emulator and the kit share this process.
    const toHono = getRequestListener(demo.app.fetch, { overrideGlobalObjects: false });
    handle = (req, res) => {
      if (isServerRoute(req.url ?? '/')) void toHono(req, res);
      else vite.middlewares(req, res, () => void toHono(req, res));
    };
    return { url: appUrl, database: database.describe, emulator, demo, close };
  } catch (error) {
    await close();
    throw error;
  }
}
