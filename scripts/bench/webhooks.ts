/*
 * `pnpm bench:webhooks`: two webhook processes sharing one PostgreSQL server, under a Stripe-like load.
 *
 * Set-up, not timed: a fresh PostgreSQL server (the tests' `startPostgres()`), the Stripe emulator in
 * this process, and two child processes (packages/server/src/testing/webhook-instance.ts), each
 * `createWebhookHandler` with the PostgreSQL event store and the PostgreSQL billing projection, whose
 * handlers apply the event and count a side effect in a table. The events are real ones from the
 * emulator: a few hundred customers sign up through Checkout with the real SDK, change plans, cancel,
 * pause, save cards, and renew every month for a year of emulator time, until there are at least
 * `--events` (10,000). Every delivery is then serialised and signed before the clock starts.
 *
 * Timed: the deliveries, at most `--concurrency` (50) in flight, each to one instance in turn, 20% of
 * events sent to both instances at once, 20% sent after newer ones; a delivery is retried while the
 * answer is not 200 (409 while the other instance holds the event), as Stripe retries. The
 * projection's re-fetches (two events about one object in one second) go to the emulator, here.
 *
 * Then it prints events per second, handler runs per event (each side effect must have run exactly
 * once), and how many projection fields differ from the emulator's state, read through the SDK (must
 * be 0), with the load average beside them. Exits 1 when either check fails.
 *
 * Quick run: `pnpm bench:webhooks --events 2000` (or BENCH_EVENTS, BENCH_CONCURRENCY, ...).
 * `--spread 1` gives every event a second of its own, so the projection never re-fetches (diagnosis).
 */
import os from 'node:os';
import { createPostgresProjectionStore } from '../../packages/server/src/postgres/postgres-projection-store';
import { createBillingProjection } from '../../packages/server/src/projection/create-billing-projection';
import { billingDifferences } from '../../packages/server/src/testing/billing-differences';
import { liveCustomerLives } from '../../packages/server/src/testing/customer-lives';
import { startBillingEmulator } from '../../packages/server/src/testing/billing-emulator';
import { startPostgres } from '../../packages/server/src/testing/postgres-server';
import { hasHandler, readSideEffects } from '../../packages/server/src/testing/side-effect-log';
import { atMostAtOnce, deliverUntilAccepted, postDelivery } from '../../packages/server/src/testing/stripe-deliveries';
import {
  connectSharedDatabase,
  prepareSharedDatabase,
  startWebhookInstance,
} from '../../packages/server/src/testing/webhook-instances';
import { cpuSeconds, postgresCpuSeconds } from './process-cpu';
import { planDeliveries, readWebhookBenchConfig } from './webhook-plan';

// About 40 events per customer over twelve renewals: more renewals make fewer customers, which the
// emulator (whose every request catches up all subscriptions) makes in far less time.
const EVENTS_PER_CUSTOMER = 38;
const RENEWALS = 12;

const config = readWebhookBenchConfig();
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const postgres = await startPostgres();
const billing = await startBillingEmulator();
const { emulator, client, port: stripePort } = billing;
const pool = connectSharedDatabase(postgres.url);
const instances: Awaited<ReturnType<typeof startWebhookInstance>>[] = [];
let failed = false;
try {
  await prepareSharedDatabase(postgres.url);
  let started = performance.now();
  const customers = (
    await liveCustomerLives(emulator, client, Math.ceil(config.events / EVENTS_PER_CUSTOMER), { renewals: RENEWALS })
  ).map((lived) => lived.customer);
  const events = emulator.store.events.list().reverse();
  console.log(`made ${events.length} events for ${customers.length} customers in ${seconds(started)} s`);
  if (events.length < config.events) throw new Error(`only ${events.length} events; raise EVENTS_PER_CUSTOMER's guess`);

  const settings = {
    databaseUrl: postgres.url,
    stripePort,
    stripeApiKey: emulator.apiKey,
    webhookSecret: emulator.webhooks.secret,
  };
  instances.push(...(await Promise.all([0, 1].map(() => startWebhookInstance({ ...settings, poolSize: 16 })))));
  const plan = planDeliveries(events, emulator.webhooks.secret, config);
  // Unmeasured: connections and each instance's request path warm (a bad signature gets 400, runs nothing).
  await atMostAtOnce(
    config.concurrency,
    Array.from(
      { length: 400 },
      (_, n) => () =>
        postDelivery(`${instances[n % 2]!.url}/webhooks/stripe`, { eventId: 'warm-up', body: '{}', signature: 't=1,v1=00' }),
    ),
  );

  const cpu = () => ({
    instances: instances.reduce((sum, instance) => sum + (cpuSeconds(instance.pid) ?? Number.NaN), 0),
    postgres: postgresCpuSeconds(Number(new URL(postgres.url).port)) ?? Number.NaN,
    here: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
  });
  const loadBefore = load();
  const cpuBefore = cpu();
  const requestsBefore = billing.apiRequests();
  started = performance.now();
  const tries = await atMostAtOnce(
    config.concurrency,
    plan.map(
      ({ delivery, target }) =>
        () =>
          deliverUntilAccepted(() => [instances[target]!.url, instances[1 - target]!.url], delivery),
    ),
  );
  const elapsed = (performance.now() - started) / 1000;
  const loadAfter = load();
  const cpuAfter = cpu();
  const refetches = billing.apiRequests() - requestsBefore;
  const perEvent = (key: keyof typeof cpuAfter) => ((cpuAfter[key] - cpuBefore[key]) * 1000) / events.length;
  const totalPerEvent = perEvent('instances') + perEvent('postgres') + perEvent('here');

  const { runs } = await readSideEffects(pool);
  const handled = events.filter(hasHandler);
  const counts = handled.map((event) => runs.get(event.id) ?? 0);
  const notOnce = counts.filter((count) => count !== 1).length + Math.max(0, runs.size - handled.length);
  const projection = createBillingProjection({ stripe: client, store: createPostgresProjectionStore({ sql: pool }) });
  const { compared, differences } = await billingDifferences(projection, client, customers);
  failed = notOnce > 0 || differences.length > 0;

  console.log(`
delivered ${events.length} events (${plan.length} deliveries, ${plan.length - events.length} duplicated, ${config.reordered}% reordered) at ${config.concurrency} in flight into 2 processes
  events per second      ${Math.round(events.length / elapsed)}   (${Math.round(plan.length / elapsed)} deliveries/s, ${elapsed.toFixed(2)} s, ${tries.reduce((a, b) => a + b, 0) - plan.length} retries; goal: >= 1000 events/s)
  handler runs per event min ${Math.min(...counts)}, max ${Math.max(...counts)} over ${handled.length} events with a handler; ${notOnce} not exactly once (must be 0)
  projection fields off  ${differences.length} of ${compared} compared for ${customers.length} customers (must be 0)
  load average           ${loadBefore} before, ${loadAfter} after (1, 5, 15 min; ${os.cpus().length} cores)
  CPU ms per event       ${totalPerEvent.toFixed(2)}: instances ${perEvent('instances').toFixed(2)}, PostgreSQL ${perEvent('postgres').toFixed(2)}, this process (deliveries, and the emulator answering ${refetches} re-fetches) ${perEvent('here').toFixed(2)}
                         (so at most ${Math.round((os.cpus().length * 1000) / totalPerEvent)} events/s on ${os.cpus().length} idle cores)`);
  for (const difference of differences.slice(0, 10)) console.log(`  ${difference}`);
} finally {
  await Promise.all(instances.map((instance) => instance.stop(['SIGTERM', 'SIGKILL'])));
  await pool.end();
  await billing.close();
  await postgres.stop();
}
process.exitCode = failed ? 1 : 0;

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
