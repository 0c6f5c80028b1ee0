import type Stripe from 'stripe';
import type { EmulatorClock } from '../clock';
import type { WebhookAttempt, WebhookDelivery, WebhookRetryOptions } from './delivery-types';
import { sleep, tryOnce } from './send-once';

/** Sends events to endpoints, signed, in order per endpoint, retrying failures. */
export interface WebhookDispatcher {
  readonly secret: string;
  /** The endpoint URLs events are sent to. */
  readonly endpoints: readonly string[];
  /** Every delivery so far (one per event and endpoint), oldest first. */
  readonly deliveries: readonly WebhookDelivery[];
  /** Adds an endpoint; later events go to it too. */
  add(url: string): void;
  /** Removes an endpoint; queued deliveries to it still run. */
  remove(url: string): void;
  /** Queues `event` for every endpoint and returns at once. */
  dispatch(event: Stripe.Event): void;
  /** Resolves when nothing is queued, sending or waiting to retry. */
  waitForIdle(): Promise<void>;
  /** Drops queued deliveries and forgets past ones (used by reset). */
  clear(): void;
  /** Stops timers and pending work so the process can exit; deliveries cut short stay `pending`. */
  close(): void;
}

/** Options for {@link createWebhookDispatcher}. */
export interface WebhookDispatcherOptions {
  secret: string;
  endpoints?: readonly string[];
  clock: EmulatorClock;
  retry?: WebhookRetryOptions;
  /** Told about each finished try, e.g. to print it. */
  onAttempt?: (delivery: WebhookDelivery, attempt: WebhookAttempt) => void;
}

/**
 * Creates the dispatcher. Each endpoint has its own queue, so a failing endpoint delays only its
 * own later events, and events reach each endpoint in the order they happened.
 *
 * @example
 * const webhooks = createWebhookDispatcher({ secret, clock, endpoints: ['http://127.0.0.1:3000/webhooks'] });
 */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const retry = { maxAttempts: 5, initialDelayMs: 1000, maxDelayMs: 30_000, timeoutMs: 10_000, ...options.retry };
  const endpoints = options.endpoints ? options.endpoints.map(endpointUrl) : [];
  let deliveries: MutableDelivery[] = [];
  const queues = new Map<string, Promise<void>>();
  let controller = new AbortController();

  async function deliver(delivery: MutableDelivery, body: string, signal: AbortSignal): Promise<void> {
    for (let n = 1; n <= retry.maxAttempts && !signal.aborted; n += 1) {
      const attempt = await tryOnce(delivery.endpoint, body, options.secret, options.clock.now(), retry.timeoutMs, signal);
      if (signal.aborted) return;
      delivery.attempts.push(attempt);
      const done = attempt.error === null;
      if (done || n === retry.maxAttempts) delivery.state = done ? 'succeeded' : 'failed';
      options.onAttempt?.(delivery, attempt);
      if (done) return;
      if (n < retry.maxAttempts) await sleep(backoffDelay(n, retry), signal);
    }
  }

  return {
    secret: options.secret,
    get endpoints() {
      return [...endpoints];
    },
    get deliveries() {
      return deliveries;
    },
    add(url) {
      if (!endpoints.includes(endpointUrl(url))) endpoints.push(url);
    },
    remove(url) {
      const index = endpoints.indexOf(url);
      if (index >= 0) endpoints.splice(index, 1);
    },
    dispatch(event) {
      // Without endpoints (most tests) nobody reads the body; skip serializing it on every change.
      if (endpoints.length === 0) return;
      // One body for every try, so a retry carries byte-for-byte the same event.
      const body = JSON.stringify(event, null, 2);
      const signal = controller.signal;
      for (const endpoint of endpoints) {
        const delivery: MutableDelivery = { endpoint, eventId: event.id, eventType: event.type, state: 'pending', attempts: [] };
        deliveries.push(delivery);
        const previous = queues.get(endpoint) ?? Promise.resolve();
        queues.set(
          endpoint,
          previous.then(() => deliver(delivery, body, signal)),
        );
      }
    },
    async waitForIdle() {
      // Settled queues may have been extended meanwhile; loop until a pass adds nothing.
      let pending: Promise<void>[];
      do {
        pending = [...queues.values()];
        await Promise.all(pending);
      } while ([...queues.values()].some((queue, i) => queue !== pending[i]));
    },
    clear() {
      controller.abort();
      controller = new AbortController();
      queues.clear();
      deliveries = [];
    },
    close() {
      // Later events (after a new listen()) still go out; only the work in hand is dropped.
      controller.abort();
      controller = new AbortController();
      queues.clear();
    },
  };
}

/**
 * How long to wait after failed try number `attempt` (1-based): `initialDelayMs`, doubling each
 * time, never more than `maxDelayMs`.
 *
 * @example
 * backoffDelay(3, { initialDelayMs: 1000, maxDelayMs: 30_000 }); // 4000
 */
export function backoffDelay(attempt: number, retry: { initialDelayMs: number; maxDelayMs: number }): number {
  return Math.min(retry.initialDelayMs * 2 ** (attempt - 1), retry.maxDelayMs);
}

interface MutableDelivery {
  endpoint: string;
  eventId: string;
  eventType: string;
  state: WebhookDelivery['state'];
  attempts: WebhookAttempt[];
}

function endpointUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new TypeError(`Webhook endpoint must be an http(s) URL, got ${JSON.stringify(url)}.`);
  }
  return url;
}
