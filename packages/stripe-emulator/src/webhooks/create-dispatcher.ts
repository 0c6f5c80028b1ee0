import type Stripe from 'stripe';
import type { EmulatorClock } from '../clock';
import type { WebhookAttempt, WebhookDelivery, WebhookRetryOptions } from './delivery-types';
import { signPayload } from './sign';

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
  /** Stops timers and pending work so the process can exit. */
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
  const endpoints = options.endpoints ? options.endpoints.map(checkUrl) : [];
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
      if (n < retry.maxAttempts) await sleep(Math.min(retry.initialDelayMs * 2 ** (n - 1), retry.maxDelayMs), signal);
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
      if (!endpoints.includes(checkUrl(url))) endpoints.push(url);
    },
    remove(url) {
      const index = endpoints.indexOf(url);
      if (index >= 0) endpoints.splice(index, 1);
    },
    dispatch(event) {
      // One body for every try, so a retry carries byte-for-byte the same event.
      const body = JSON.stringify(event, null, 2);
      const signal = controller.signal;
      for (const endpoint of endpoints) {
        const delivery: MutableDelivery = { endpoint, eventId: event.id, eventType: event.type, state: 'pending', attempts: [] };
        deliveries.push(delivery);
        const previous = queues.get(endpoint) ?? Promise.resolve();
        queues.set(endpoint, previous.then(() => deliver(delivery, body, signal)));
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
      controller.abort();
    },
  };
}

interface MutableDelivery {
  endpoint: string;
  eventId: string;
  eventType: string;
  state: WebhookDelivery['state'];
  attempts: WebhookAttempt[];
}

async function tryOnce(endpoint: string, body: string, secret: string, at: number, timeoutMs: number, signal: AbortSignal): Promise<WebhookAttempt> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'stripe-signature': signPayload(body, secret, at),
      },
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    // The body is not needed, but reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { at, status: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { at, status: null, error: cause };
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

function checkUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new TypeError(`Webhook endpoint must be an http(s) URL, got ${JSON.stringify(url)}.`);
  }
  return url;
}
