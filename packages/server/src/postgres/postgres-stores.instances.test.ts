import type { StripeEmulator } from '@portalkit/stripe-emulator';
import type pg from 'pg';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillingProjection } from '../projection/create-billing-projection';
import { billingDifferences, type BillingComparison } from '../testing/billing-differences';
import { liveCustomerLives } from '../testing/customer-lives';
import { type BillingEmulator, startBillingEmulator } from '../testing/billing-emulator';
import { usePostgres } from '../testing/postgres-server';
import { seededRandom } from '../testing/projection-kit';
import { hasHandler, readSideEffects } from '../testing/side-effect-log';
import {
  atMostAtOnce,
  delaySome,
  deliverUntilAccepted,
  postDelivery,
  signDelivery,
  type SignedDelivery,
} from '../testing/stripe-deliveries';
import {
  connectSharedDatabase,
  prepareSharedDatabase,
  startWebhookInstance,
  type WebhookInstance,
} from '../testing/webhook-instances';
import { createPostgresProjectionStore } from './postgres-projection-store';

/*
 * Two processes of an app's webhook endpoint share one PostgreSQL server for the event store and the
 * billing projection. Twelve customers sign up through Checkout, change plans and seats, cancel,
 * pause, save cards and renew on the emulator; each of its events then goes to both processes at
 * once (every fourth a third time), a quarter of them after newer ones, and one process is killed
 * with SIGKILL while a handler runs, then started again. The lease is short here so the killed
 * handler's event comes free within the test; it stays far longer than any handler takes.
 */

const postgresUrl = usePostgres();
const LEASE_MS = 8_000;

let billing: BillingEmulator;
let emulator: StripeEmulator;
let client: Stripe;
let pool: pg.Pool;
const instances: WebhookInstance[] = [];
let events: Stripe.Event[];
let customers: string[];
let victim: Stripe.Event;
let killed: WebhookInstance;
let answerWhileHeld: number | null;

beforeAll(async () => {
  billing = await startBillingEmulator();
  ({ emulator, client } = billing);
  pool = connectSharedDatabase(postgresUrl());
  await prepareSharedDatabase(postgresUrl());
  customers = (await liveCustomerLives(emulator, client, 12)).map((lived) => lived.customer);
  events = emulator.store.events.list().reverse();
  victim = events.filter((event) => event.type === 'customer.subscription.updated')[10] as Stripe.Event;

  const settings = {
    databaseUrl: postgresUrl(),
    stripePort: billing.port,
    stripeApiKey: emulator.apiKey,
    webhookSecret: emulator.webhooks.secret,
    leaseMs: LEASE_MS,
    recordStarts: true,
  };
  killed = await startWebhookInstance({ ...settings, hangOn: victim.id });
  instances.push(killed, await startWebhookInstance(settings));
  const urls = () => instances.slice(-2).map((instance) => instance.url);
  const toBoth = (delivery: SignedDelivery, n: number) => () =>
    Promise.all(
      [0, 1, ...(n % 4 === 0 ? [0] : [])].map((first) =>
        deliverUntilAccepted(() => (first === 0 ? urls() : urls().reverse()), delivery),
      ),
    );
  const order = delaySome(
    events.filter((event) => event !== victim),
    0.25,
    15,
    seededRandom(11),
  ).map((event) => signDelivery(event, emulator.webhooks.secret));
  const half = Math.floor(order.length / 2);

  await atMostAtOnce(8, order.slice(0, half).map(toBoth));
  // The first instance alone takes the victim and stops inside its handler; the other must refuse it.
  const held = signDelivery(victim, emulator.webhooks.secret);
  const hanging = postDelivery(`${killed.url}/webhooks/stripe`, held);
  await killed.printed(new RegExp(`hanging in ${victim.id}`));
  answerWhileHeld = await postDelivery(`${instances[1]!.url}/webhooks/stripe`, held);
  await killed.stop(['SIGKILL']);
  await hanging;
  instances.push(await startWebhookInstance(settings));
  await atMostAtOnce(8, [held, ...order.slice(half)].map(toBoth));
}, 300_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop(['SIGTERM', 'SIGKILL'])));
  await pool?.end();
  await billing?.close();
}, 60_000);

describe('two webhook processes sharing PostgreSQL, one killed mid-handler', () => {
  it('end with a projection equal to Stripe, field by field, for every customer', async () => {
    const projection = createBillingProjection({ stripe: client, store: createPostgresProjectionStore({ sql: pool }) });
    const comparison: BillingComparison = await billingDifferences(projection, client, customers);
    expect(comparison.differences).toEqual([]);
    expect(comparison.compared).toBeGreaterThan(customers.length * 20);
  });

  it('ran the side effect of every handled event exactly once', async () => {
    const { runs } = await readSideEffects(pool);
    const handled = events.filter(hasHandler);
    expect(handled.length).toBeGreaterThan(100);
    expect(Object.fromEntries(runs)).toEqual(Object.fromEntries(handled.map((event) => [event.id, 1])));
  });

  it('kept the killed handler’s event from the other process until the lease ended, then ran it elsewhere', async () => {
    expect(answerWhileHeld).toBe(409);
    const { starts } = await readSideEffects(pool);
    const [first, ...later] = starts.get(victim.id) ?? [];
    expect(first).toBe(killed.pid);
    expect(later).toHaveLength(1);
    expect(later[0]).not.toBe(killed.pid);
  });
});
