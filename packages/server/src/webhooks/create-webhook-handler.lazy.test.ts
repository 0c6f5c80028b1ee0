import { afterEach, describe, expect, test, vi } from 'vitest';
import { createWebhookHandler } from './create-webhook-handler';
import { SECRET, recordingLogger, serialise, signedRequest, stripe, subscriptionUpdated } from '../testing/signed-delivery';

/*
 * Given as a function, the options are built on the first delivery, so the route module can be
 * imported where STRIPE_WEBHOOK_SECRET is not set (`next build`, Cloudflare Workers before a request).
 */
const env: Record<string, string | undefined> = {};

function handlerFromEnv() {
  const onUpdated = vi.fn();
  const { logger } = recordingLogger();
  const source = vi.fn(() => ({
    stripe,
    secret: env.STRIPE_WEBHOOK_SECRET!,
    on: { 'customer.subscription.updated': onUpdated },
    logger,
  }));
  return { handle: createWebhookHandler(source), source, onUpdated };
}

afterEach(() => {
  vi.restoreAllMocks();
  delete env.STRIPE_WEBHOOK_SECRET;
});

describe('createWebhookHandler(() => options)', () => {
  test('is created without its secret and reads it on the first delivery, once', async () => {
    const { handle, source, onUpdated } = handlerFromEnv();
    expect(source).not.toHaveBeenCalled();

    env.STRIPE_WEBHOOK_SECRET = SECRET;
    const first = await handle(await signedRequest(serialise(subscriptionUpdated('evt_lazy_1'))));
    const second = await handle(await signedRequest(serialise(subscriptionUpdated('evt_lazy_2'))));
    expect(await first.json()).toEqual({ received: true, handled: true });
    expect(second.status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(2);
    expect(source).toHaveBeenCalledTimes(1);
  });

  test('answers 500 SERVER_MISCONFIGURED while the secret is missing, so Stripe keeps the event, and logs why', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { handle, onUpdated } = handlerFromEnv();
    const response = await handle(await signedRequest(serialise(subscriptionUpdated())));

    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error: { code: 'SERVER_MISCONFIGURED' } });
    expect(onUpdated).not.toHaveBeenCalled();
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/^portalkit: createWebhookHandler\(\): pass secret/);

    env.STRIPE_WEBHOOK_SECRET = SECRET;
    expect((await handle(await signedRequest(serialise(subscriptionUpdated())))).status).toBe(200);
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });

  test('answers 500 when the options function throws, and logs which factory it was given to and why', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handle = createWebhookHandler(() => {
      throw new Error('STRIPE_SECRET_KEY is not set');
    });
    const response = await handle(await signedRequest(serialise(subscriptionUpdated())));

    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: 'SERVER_MISCONFIGURED' } });
    expect(String(errors.mock.calls[0]?.[0])).toMatch(
      /^portalkit: createWebhookHandler\(\): the options function threw: STRIPE_SECRET_KEY is not set/,
    );
  });
});
