import { Agent, request } from 'node:http';
import { signPayload } from '@portalkit/stripe-emulator';
import type Stripe from 'stripe';

/*
 * Playing Stripe's side of webhooks against running instances: an event signed the way the emulator
 * (and Stripe) signs it, posted over keep-alive HTTP, and posted again while the answer is not 200,
 * as Stripe retries (a 409 while another delivery holds the event, a 500, a refused connection).
 */

/** One event, serialised and signed once, ready to post any number of times. */
export interface SignedDelivery {
  eventId: string;
  body: string;
  signature: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * Serialises `event` as the emulator sends it (pretty-printed JSON) and signs it with the current
 * time: Stripe's tolerance is 300 s, far more than any run here.
 *
 * @example
 * const delivery = signDelivery(event, emulator.webhookSecret);
 */
export function signDelivery(event: Stripe.Event, secret: string): SignedDelivery {
  const body = JSON.stringify(event, null, 2);
  return { eventId: event.id, body, signature: signPayload(body, secret, Math.floor(Date.now() / 1000)) };
}

/**
 * Posts `delivery` to `url` once and resolves with the status, or `null` when the connection failed.
 *
 * @example
 * const status = await postDelivery('http://127.0.0.1:4000/webhooks/stripe', delivery);
 */
export function postDelivery(url: string, delivery: SignedDelivery): Promise<number | null> {
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': delivery.signature },
      },
      (incoming) => {
        incoming.resume();
        incoming.once('end', () => resolve(incoming.statusCode ?? null));
        incoming.once('error', () => resolve(null));
      },
    );
    outgoing.once('error', () => resolve(null));
    outgoing.end(delivery.body);
  });
}

/**
 * Posts `delivery` until an instance answers 200: the first try to `urls()[0]`, each retry to the next
 * one (a load balancer's pick), after a short pause. `urls` is read at every try, so an instance that
 * was replaced gets the retries. Resolves with the number of tries; rejects after `maxTries`.
 *
 * @example
 * await deliverUntilAccepted(() => [a.url, b.url], delivery);
 */
export async function deliverUntilAccepted(urls: () => string[], delivery: SignedDelivery, maxTries = 2_000): Promise<number> {
  let last: number | null = null;
  for (let attempt = 0; attempt < maxTries; attempt += 1) {
    const targets = urls();
    last = await postDelivery(`${targets[attempt % targets.length]}/webhooks/stripe`, delivery);
    if (last === 200) return attempt + 1;
    await new Promise((resolve) => setTimeout(resolve, Math.min(5 * (attempt + 1), 50)));
  }
  throw new Error(`The delivery of ${delivery.eventId} was not accepted in ${maxTries} tries (last answer: ${last}).`);
}

/**
 * Runs `tasks`, at most `limit` at a time, and resolves with their results in order.
 *
 * @example
 * await atMostAtOnce(50, deliveries.map((delivery) => () => deliverUntilAccepted(urls, delivery)));
 */
export async function atMostAtOnce<T>(limit: number, tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/**
 * `items` with about `share` of them moved later, each by up to `distance` places, so each of those
 * arrives after newer ones.
 *
 * @example
 * const order = delaySome(events, 0.2, 20, seededRandom(7));
 */
export function delaySome<T>(items: readonly T[], share: number, distance: number, random: () => number): T[] {
  const out = [...items];
  for (let n = out.length - 1; n >= 0; n -= 1) {
    if (random() >= share) continue;
    const to = Math.min(out.length - 1, n + 1 + Math.floor(random() * distance));
    const [moved] = out.splice(n, 1);
    out.splice(to, 0, moved as T);
  }
  return out;
}
