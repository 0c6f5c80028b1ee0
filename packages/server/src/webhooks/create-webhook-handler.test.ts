import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type Stripe from 'stripe';
import { describe, expect, test, vi } from 'vitest';
import { createWebhookHandler } from './create-webhook-handler';
import { PAYLOAD_CANARY, SECRET, serialise, setup, signedRequest, stripe, subscriptionUpdated } from '../testing/signed-delivery';

describe('createWebhookHandler: verification', () => {
  test('dispatches a correctly signed event once, as the parsed typed object', async () => {
    const { handle, onUpdated } = setup();
    const event = subscriptionUpdated();
    const response = await handle(await signedRequest(serialise(event)));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, handled: true });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(onUpdated).toHaveBeenCalledTimes(1);
    expect(onUpdated).toHaveBeenCalledWith(event);
    expect(onUpdated.mock.calls[0]?.[0].data.object.metadata.note).toBe('Zoë’s plan ✓');
  });

  test.each([
    [
      'a tampered body',
      async () => {
        const payload = serialise(subscriptionUpdated());
        const header = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: SECRET });
        return signedRequest(payload.replace('"status": "active"', '"status": "canceled"'), { header });
      },
    ],
    [
      'a body signed with another secret',
      () => signedRequest(serialise(subscriptionUpdated()), { secret: 'whsec_someone_else' }),
    ],
    ['no Stripe-Signature header', () => signedRequest(serialise(subscriptionUpdated()), { header: null })],
    [
      'a timestamp ten minutes old',
      () => signedRequest(serialise(subscriptionUpdated()), { timestamp: Math.floor(Date.now() / 1000) - 600 }),
    ],
    [
      'a header without a timestamp',
      () =>
        signedRequest(serialise(subscriptionUpdated()), {
          header: 'v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
        }),
    ],
    [
      'a header with only an unknown scheme',
      () => signedRequest(serialise(subscriptionUpdated()), { header: `t=${Math.floor(Date.now() / 1000)},v0=abc` }),
    ],
    ['a header that is not key=value pairs', () => signedRequest(serialise(subscriptionUpdated()), { header: 'garbage' })],
  ])('answers 400 and runs nothing for %s', async (_name, makeRequest) => {
    const { handle, onUpdated, logger, logged } = setup();
    const response = await handle(await makeRequest());

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'INVALID_REQUEST', message: 'Webhook signature verification failed.' },
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    // The positive control: the capture holds the refusal, so the absences below mean something.
    expect(logged()).toContain('portalkit: refused a webhook delivery: ');
    expect(logged()).not.toContain(PAYLOAD_CANARY);
    expect(logged()).not.toContain(SECRET);
  });

  test('a stale timestamp is accepted when the app widens tolerance', async () => {
    const { handle, onUpdated } = setup({ tolerance: 15 * 60 });
    const stale = Math.floor(Date.now() / 1000) - 600;
    const response = await handle(await signedRequest(serialise(subscriptionUpdated()), { timestamp: stale }));
    expect(response.status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });

  test('answers 400 for an empty body', async () => {
    const { handle, onUpdated } = setup();
    const response = await handle(await signedRequest(''));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'INVALID_REQUEST', message: 'The request body is empty.' } });
    expect(onUpdated).not.toHaveBeenCalled();
  });

  test('answers 400 for a correctly signed body that is not JSON, without logging the body', async () => {
    const { handle, logger, logged } = setup();
    const response = await handle(await signedRequest(`not json ${PAYLOAD_CANARY}`));
    expect(response.status).toBe(400);
    expect(logger.warn).toHaveBeenCalledWith(
      'portalkit: refused a webhook delivery: the body is correctly signed but is not JSON',
    );
    expect(logged()).not.toContain(PAYLOAD_CANARY);
  });

  test('accepts a header carrying several v1 signatures when one matches, as while a secret is rolled', async () => {
    const { handle, onUpdated } = setup();
    const payload = serialise(subscriptionUpdated());
    // One timestamp for both, or a second ticking over between them would break the pairing.
    const timestamp = Math.floor(Date.now() / 1000);
    const old = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: 'whsec_rolled_out', timestamp });
    const current = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: SECRET, timestamp });
    const header = `${old},${current.split(',')[1]}`;
    expect((await handle(await signedRequest(payload, { header }))).status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });

  test('answers 400 for a correctly signed thin event, and the log says why', async () => {
    const { handle, logger } = setup();
    const thin = JSON.stringify({ id: 'evt_test_65R9', object: 'v2.core.event', type: 'v1.billing.meter.no_meter_found' });
    expect((await handle(await signedRequest(thin))).status).toBe(400);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('not a snapshot event'));
  });

  test.each([
    ['without a type', (event: Record<string, unknown>) => ({ ...event, type: undefined })],
    ['whose type is not a string', (event: Record<string, unknown>) => ({ ...event, type: 42 })],
    ['without an id', (event: Record<string, unknown>) => ({ ...event, id: undefined })],
  ])('answers 400 for a correctly signed event %s, and runs nothing', async (_name, edit) => {
    const { handle, onUpdated, logger } = setup();
    const response = await handle(await signedRequest(serialise(edit(subscriptionUpdated()))));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'INVALID_REQUEST', message: 'The body is not a Stripe event.' } });
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith('portalkit: refused a webhook delivery: the signed body has no event id or type.');
  });

  test('answers 400 for a correctly signed JSON body that is not an event', async () => {
    const { handle, onUpdated } = setup();
    const response = await handle(
      await signedRequest(JSON.stringify({ object: 'event', type: 'customer.subscription.updated' })),
    );
    expect(response.status).toBe(400);
    expect(onUpdated).not.toHaveBeenCalled();
  });

  test('verifies with the SDK’s edge build too, where only SubtleCrypto exists', async () => {
    // The package's exports map only names conditions, so the worker build is loaded by path.
    const stripeRoot = join(dirname(createRequire(import.meta.url).resolve('stripe')), '..');
    const worker = (await import(pathToFileURL(join(stripeRoot, 'esm/stripe.esm.worker.js')).href)) as { default: typeof Stripe };
    const edgeStripe = new worker.default('sk_test_edge');
    const payload = serialise(subscriptionUpdated());
    // Proof that this build has no synchronous HMAC: the sync API refuses to run.
    expect(() => edgeStripe.webhooks.constructEvent(payload, 't=1,v1=x', SECRET)).toThrow(/constructEventAsync/);

    const onUpdated = vi.fn();
    const handle = createWebhookHandler({
      stripe: edgeStripe,
      secret: SECRET,
      on: { 'customer.subscription.updated': onUpdated },
    });
    const response = await handle(await signedRequest(payload));
    expect(response.status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });
});
