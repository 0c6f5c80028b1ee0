import { parseArgs } from 'node:util';
import type Stripe from 'stripe';
import { seededRandom } from '../../packages/server/src/testing/projection-kit';
import { delaySome, type SignedDelivery, signDelivery } from '../../packages/server/src/testing/stripe-deliveries';

/** How `pnpm bench:webhooks` makes and delivers its events. */
export interface WebhookBenchConfig {
  /** Events to make at least (the emulator's customers live until there are this many). */
  events: number;
  /** Deliveries in flight at once. */
  concurrency: number;
  /** Percent of events delivered a second time, at once, to the other instance. */
  duplicated: number;
  /** Percent of events delivered after newer ones (up to 50 places later). */
  reordered: number;
  /**
   * 1: for diagnosis, each event gets a `created` second of its own (in the emulator's order), so no
   * two events about one object share a second and the projection never re-fetches: what re-fetches cost.
   */
  spread: number;
}

const DEFAULTS: WebhookBenchConfig = { events: 10_000, concurrency: 50, duplicated: 20, reordered: 20, spread: 0 };

/**
 * Reads the config from flags (`--events 2000`), then environment (`BENCH_EVENTS=2000`), then defaults.
 *
 * @example
 * const config = readWebhookBenchConfig(['--events', '2000']);
 */
export function readWebhookBenchConfig(argv: string[] = process.argv.slice(2), env = process.env): WebhookBenchConfig {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.keys(DEFAULTS).map((name) => [name, { type: 'string' }])),
    strict: true,
  });
  const config = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS) as (keyof WebhookBenchConfig)[]) {
    const raw = values[name] ?? env[`BENCH_${name.toUpperCase()}`];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || (name === 'concurrency' && value < 1)) {
      throw new Error(`--${name} (or BENCH_${name.toUpperCase()}) must be a whole number, got "${String(raw)}".`);
    }
    config[name] = value;
  }
  return config;
}

/** One delivery of the plan: an event for the instance at `target` (0 or 1). */
export interface PlannedDelivery {
  delivery: SignedDelivery;
  target: number;
}

/**
 * Every event signed, in the order they will be sent: oldest first with `reordered` percent moved
 * later, each to one instance in turn, and `duplicated` percent followed at once by a second delivery
 * to the other instance (so the two arrive together).
 *
 * @example
 * const plan = planDeliveries(events, secret, config);
 */
export function planDeliveries(events: readonly Stripe.Event[], secret: string, config: WebhookBenchConfig): PlannedDelivery[] {
  const random = seededRandom(20_261_202);
  const first = events[0]?.created ?? 0;
  const spread = config.spread === 1 ? events.map((event, n) => ({ ...event, created: first + n })) : events;
  const order = delaySome(spread, config.reordered / 100, 50, random);
  return order.flatMap((event, n) => {
    const delivery = signDelivery(event, secret);
    const first = { delivery, target: n % 2 };
    return random() < config.duplicated / 100 ? [first, { delivery, target: 1 - first.target }] : [first];
  });
}
