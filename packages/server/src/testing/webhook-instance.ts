import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type Stripe from 'stripe';
import { toNodeHandler } from '../adapters/node';
import { createPostgresEventStore } from '../postgres/postgres-event-store';
import { createPostgresProjectionStore } from '../postgres/postgres-projection-store';
import { createBillingProjection } from '../projection/create-billing-projection';
import { createWebhookHandler } from '../webhooks/create-webhook-handler';
import { createLoopbackStripe } from './loopback-stripe';
import { recordHandlerStart, recordSideEffect, SIDE_EFFECT_ONLY_TYPE } from './side-effect-log';

/*
 * One instance of an app's webhook endpoint, as its own process: `createWebhookHandler` with the
 * PostgreSQL event store and the PostgreSQL billing projection, on the database every instance
 * shares, behind the kit's Node adapter. Each handler applies the event to the projection, then does
 * its side effect (counted in `side_effects`, see side-effect-log.ts); `checkout.session.completed`
 * has a side effect only. Started by webhook-instances.ts with its settings as JSON in argv[2]; prints
 * `webhook instance <pid> listening on <url>` once it accepts deliveries.
 */

/** The settings of one instance. */
export interface WebhookInstanceSettings {
  databaseUrl: string;
  /** The emulator, for the projection's re-fetches. */
  stripePort: number;
  stripeApiKey: string;
  webhookSecret: string;
  leaseMs?: number;
  /** Connections in this instance's pool. */
  poolSize?: number;
  /** Also log each handler start in `handler_starts` (the bench leaves it off: one statement less). */
  recordStarts?: boolean;
  /**
   * An event whose handler stops for good after applying the projection and before its side effect,
   * printing `hanging in <event id>`: the moment a test kills the process.
   */
  hangOn?: string;
}

const settings = JSON.parse(process.argv[2] ?? '{}') as WebhookInstanceSettings;
const pool = new pg.Pool({ connectionString: settings.databaseUrl, max: settings.poolSize ?? 10 });
// An idle connection that the database ends (when the test stops it) must not crash the process.
pool.on('error', () => {});
const stripe = createLoopbackStripe(settings.stripePort, settings.stripeApiKey);
const projection = createBillingProjection({ stripe, store: createPostgresProjectionStore({ sql: pool }) });

async function sideEffect(event: Stripe.Event, apply: boolean): Promise<void> {
  if (settings.recordStarts) await recordHandlerStart(pool, event.id);
  if (apply) await projection.apply(event);
  if (event.id === settings.hangOn) {
    console.log(`hanging in ${event.id}`);
    await new Promise(() => {});
  }
  await recordSideEffect(pool, event.id);
}

const on = Object.fromEntries(Object.keys(projection.on).map((type) => [type, (event: Stripe.Event) => sideEffect(event, true)]));
const handler = createWebhookHandler({
  stripe,
  secret: settings.webhookSecret,
  store: createPostgresEventStore({ sql: pool, ...(settings.leaseMs ? { leaseMs: settings.leaseMs } : {}) }),
  on: { ...on, [SIDE_EFFECT_ONLY_TYPE]: (event: Stripe.Event) => sideEffect(event, false) },
  // Refusals (409 while another delivery holds the claim) are expected here; failures are not.
  logger: { error: (message, context) => console.error(message, context) },
});

const server = createServer({ keepAliveTimeout: 60_000 }, toNodeHandler(handler));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`webhook instance ${process.pid} listening on http://127.0.0.1:${port}`);
});
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void pool.end().finally(() => process.exit(0)));
});
