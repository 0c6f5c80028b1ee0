import { createServer } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, test } from 'vitest';
import { toExpressHandler } from '../adapters/express';
import { toNodeHandler } from '../adapters/node';
import { listen } from '../testing/test-server';
import { SECRET, serialise, setup, stripe, subscriptionUpdated } from '../testing/signed-delivery';

/*
 * The same handler behind the kit's Node and Express adapters, on real loopback servers, posted to with
 * fetch: proves the bytes Stripe signed reach the verification untouched through a real HTTP stack.
 */

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function deliver(url: string, payload: string, header?: string): Promise<Response> {
  const signature = header ?? (await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: SECRET }));
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: payload,
  });
}

describe('createWebhookHandler on a real server', () => {
  test('behind toNodeHandler: verifies, dispatches once, refuses a forgery', async () => {
    const { handle, onUpdated } = setup();
    const server = await listen(createServer(toNodeHandler(handle)));
    closers.push(server.close);
    const payload = serialise(subscriptionUpdated('evt_node'));

    const first = await deliver(server.url, payload);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(await first.json()).toEqual({ received: true, handled: true });
    expect(await (await deliver(server.url, payload)).json()).toEqual({ received: true, duplicate: true });
    expect(onUpdated).toHaveBeenCalledTimes(1);

    // The genuine header, replayed with a body naming another event.
    const header = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: SECRET });
    const forged = await deliver(server.url, payload.replace('evt_node', 'evt_forged'), header);
    expect(forged.status).toBe(400);
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });

  test('behind toExpressHandler with express.raw() on the route: the raw bytes verify', async () => {
    const { handle, onUpdated } = setup();
    const app = express();
    app.post('/webhooks/stripe', express.raw({ type: 'application/json', limit: '1mb' }), toExpressHandler(handle));
    const server = await listen(createServer(app));
    closers.push(server.close);

    const response = await deliver(`${server.url}/webhooks/stripe`, serialise(subscriptionUpdated('evt_express')));
    expect(response.status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });

  test('behind express.json(): refused, and the log says what to change', async () => {
    const { handle, onUpdated, logger } = setup();
    const app = express();
    app.use(express.json());
    app.post('/webhooks/stripe', toExpressHandler(handle));
    const server = await listen(createServer(app));
    closers.push(server.close);

    const response = await deliver(`${server.url}/webhooks/stripe`, serialise(subscriptionUpdated('evt_parsed')));
    // A 5xx, so Stripe retries the delivery once the setup is fixed.
    expect(response.status).toBe(500);
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('Mount toExpressHandler() before express.json()'));
  });
});
