/*
 * `pnpm bench:latency` (also the second half of `pnpm bench`): how long a customer waits for the session
 * URL, per flow, when every Stripe call takes 150 ms, as a real round trip to Stripe does.
 *
 * The fake Stripe holds each answer back `--stripe-ms` (150). Three routes on one Hono server:
 * - `/one-call`: a bare `billingPortal.sessions.create` and `c.json({ url })`: one Stripe call, the
 *   yardstick.
 * - `/portal`: `createPortalHandler()` as configured by default: a flow on a subscription first checks
 *   who owns it with `subscriptions.retrieve`, so it costs two sequential calls.
 * - `/portal-projected`: the same handler given the billing projection's `ownsSubscription` (a memory
 *   projection told about the subscription by its `customer.subscription.created` event), so it skips
 *   the retrieve for a subscription it knows.
 * Each flow is asked `--requests` times per route, `--concurrency` at a time, after a warm-up; the report
 * gives p50 and p99 per route and flow, and each as a multiple of the one-call yardstick's. The goal: every flow
 * within 1.1 x one Stripe call with the projection.
 *
 * Everything runs in this process: the work between calls is a fraction of a millisecond, so sharing
 * the event loop costs every route alike; the waiting is timers, not CPU.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { toHonoHandler } from '../../packages/server/src/adapters/hono';
import { createBillingProjection, createPortalHandler } from '../../packages/server/src/index';
import { subscriptionObject } from '../../packages/server/src/testing/stripe-objects';
import type Stripe from 'stripe';
import { startFakeStripe } from '../../packages/server/src/testing/fake-stripe';
import { BENCH_ORIGIN } from './bench-app';
import { formatLatencyTable, type LatencyRow, percentile } from './latency-report';

const CUSTOMER = 'cus_bench';
const SUBSCRIPTION = 'sub_bench';
const ITEM = { id: 'si_bench', price: 'price_bench' };
const RETURN_URL = `${BENCH_ORIGIN}/account`;

/** The body the React kit sends for each flow (a subscription flow names the customer's subscription). */
const FLOW_BODIES: Record<string, Record<string, unknown>> = {
  homepage: {},
  payment_method_update: { flow: 'payment_method_update' },
  customer_update: { flow: 'customer_update' },
  subscription_cancel: { flow: 'subscription_cancel', subscription: SUBSCRIPTION },
  subscription_update: { flow: 'subscription_update', subscription: SUBSCRIPTION },
  subscription_update_confirm: { flow: 'subscription_update_confirm', subscription: SUBSCRIPTION, items: [ITEM] },
  subscription_pause: { flow: 'subscription_pause', subscription: SUBSCRIPTION },
};

const { values } = parseArgs({
  options: {
    'stripe-ms': { type: 'string', default: '150' },
    requests: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '20' },
  },
});
const stripeMs = Number(values['stripe-ms']);
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const warmup = Number(values.warmup);

const fake = await startFakeStripe({ latencyMs: stripeMs });
fake.seedSubscription({ id: SUBSCRIPTION, customer: CUSTOMER, items: [ITEM] });
const stripe = fake.client();
const base = {
  stripe,
  getCustomerId: () => CUSTOMER,
  returnUrl: RETURN_URL,
  allowedPrices: [ITEM.price],
  logger: false as const,
};
// The kit's projection (memory store), told about the subscription by the event Stripe would send.
const projection = createBillingProjection({ stripe });
await projection.apply({
  id: 'evt_bench',
  object: 'event',
  type: 'customer.subscription.created',
  created: Math.floor(Date.now() / 1000),
  data: { object: subscriptionObject({ id: SUBSCRIPTION, customer: CUSTOMER, items: [ITEM] }) },
} as unknown as Stripe.Event);
if ((await projection.ownsSubscription(CUSTOMER, SUBSCRIPTION, ITEM.id)) !== true) {
  throw new Error('The projection does not know the bench subscription: the projected route would measure the retrieve.');
}
const app = new Hono();
app.post('/one-call', async (c) => {
  const session = await stripe.billingPortal.sessions.create({ customer: CUSTOMER, return_url: RETURN_URL });
  return c.json({ url: session.url });
});
app.all('/portal', toHonoHandler(createPortalHandler(base)));
app.all(
  '/portal-projected',
  toHonoHandler(
    createPortalHandler({
      ...base,
      ownsSubscription: projection.ownsSubscription,
    }),
  ),
);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
await once(server, 'listening');
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

try {
  console.log(
    `latency bench: Stripe answers after ${stripeMs} ms; ${requests} requests per route and flow, ` +
      `${concurrency} at a time, after ${warmup} unmeasured\nNode ${process.version}`,
  );
  // The yardstick is measured again before each flow and pooled, so a change in the machine's load
  // during the run weighs on it as much as on the routes it judges.
  const yardstick: number[] = [];
  const rows: LatencyRow[] = [];
  for (const [flow, body] of Object.entries(FLOW_BODIES)) {
    yardstick.push(...(await measure('/one-call', {})));
    rows.push({ route: 'handler', flow, ...summarize(await measure('/portal', body)) });
    rows.push({ route: 'handler + projection', flow, ...summarize(await measure('/portal-projected', body)) });
  }
  const oneCall = summarize(yardstick);
  rows.unshift({ route: 'one Stripe call', flow: '(yardstick)', ...oneCall });
  console.log(`\n${formatLatencyTable(rows, oneCall)}`);
  const projected = rows.filter((row) => row.route === 'handler + projection');
  const worst = Math.max(...projected.map((row) => row.p99 / oneCall.p99), ...projected.map((row) => row.p50 / oneCall.p50));
  console.log(
    `\nWith the projection, the slowest flow takes ${worst.toFixed(2)} x one Stripe call (goal: at most 1.10 x, p50 and p99).`,
  );
} finally {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await fake.close();
}

/** Times `requests` POSTs to `path`, `concurrency` at a time, each to the moment its session URL is read. */
async function measure(path: string, body: Record<string, unknown>): Promise<number[]> {
  const post = async (): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BENCH_ORIGIN, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { url?: unknown; error?: { code?: string } };
    if (response.status !== 200 || typeof answer.url !== 'string') {
      // The error code only: a body can hold a session URL, which must not reach a log.
      throw new Error(`${path} ${JSON.stringify(body)} answered ${response.status} ${answer.error?.code ?? ''}`);
    }
    return performance.now() - started;
  };
  const run = async (count: number): Promise<number[]> => {
    const times: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next++ < count) times.push(await post());
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    return times;
  };
  await run(warmup);
  const times = await run(requests);
  fake.reset();
  fake.seedSubscription({ id: SUBSCRIPTION, customer: CUSTOMER, items: [ITEM] });
  return times;
}

function summarize(times: readonly number[]): { p50: number; p99: number } {
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}
