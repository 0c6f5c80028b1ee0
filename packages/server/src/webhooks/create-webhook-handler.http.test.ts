import { describe, expect, test, vi } from 'vitest';
import { createWebhookHandler } from './create-webhook-handler';
import { SECRET, WEBHOOK_URL, serialise, setup, signedRequest, stripe, subscriptionUpdated } from '../testing/signed-delivery';

/**
 * A streamed body of `chunks` chunks with no Content-Length, recording how much of it was pulled.
 * Finite, so a reader without a limit fails the test instead of spinning forever.
 */
function streamedBody(chunkBytes: number, chunks: number) {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
      if (pulled >= chunkBytes * chunks) controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

describe('createWebhookHandler: HTTP', () => {
  test.each(['GET', 'PUT', 'DELETE', 'HEAD'])('%s gets 405 with Allow: POST', async (method) => {
    const { handle, onUpdated } = setup();
    const response = await handle(new Request(WEBHOOK_URL, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(onUpdated).not.toHaveBeenCalled();
  });

  test('a body over 1 MiB gets 413 by default; one of exactly 1 MiB is verified as usual', async () => {
    const { handle, onUpdated } = setup();
    const event = subscriptionUpdated('evt_large');
    const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;
    // A top-level filler field brings the pretty-printed body to exactly the size wanted.
    const overhead = byteLength(serialise(event)) + byteLength(',\n  "padding": ""');
    const sized = (bytes: number) => serialise({ ...event, padding: 'x'.repeat(bytes - overhead) });

    expect(byteLength(sized(1024 * 1024))).toBe(1024 * 1024);
    expect((await handle(await signedRequest(sized(1024 * 1024)))).status).toBe(200);
    const tooLarge = await handle(await signedRequest(sized(1024 * 1024 + 1)));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The body is larger than 1048576 bytes.' },
    });
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });

  test('maxBodyBytes counts bytes, not characters', async () => {
    const { handle } = setup({ maxBodyBytes: 4 });
    // Four characters, eight UTF-8 bytes.
    const response = await handle(new Request(WEBHOOK_URL, { method: 'POST', body: 'éééé' }));
    expect(response.status).toBe(413);
  });

  test('a streamed body with no Content-Length is cut off just past the limit, not read to the end', async () => {
    const { handle, onUpdated } = setup({ maxBodyBytes: 64 * 1024 });
    const body = streamedBody(16 * 1024, 64);
    const request = new Request(WEBHOOK_URL, { method: 'POST', body: body.stream, duplex: 'half' } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();

    const response = await handle(request);
    expect(response.status).toBe(413);
    expect(body.cancelled()).toBe(true);
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024 + 3 * 16 * 1024);
    expect(onUpdated).not.toHaveBeenCalled();
  });

  test('a Content-Length over the limit is refused before the body is read', async () => {
    const { handle } = setup({ maxBodyBytes: 10 });
    const body = streamedBody(1024, 4);
    const headers = { 'Content-Length': '11' };
    const request = new Request(WEBHOOK_URL, { method: 'POST', body: body.stream, headers, duplex: 'half' } as RequestInit);
    expect((await handle(request)).status).toBe(413);
    expect(request.bodyUsed).toBe(false);
  });

  test('a body a framework already consumed gets 500 and a log line that says how to fix it', async () => {
    const { handle, onUpdated, logger } = setup();
    const request = await signedRequest(serialise(subscriptionUpdated()));
    await request.json();
    const response = await handle(request);
    expect(response.status).toBe(500);
    expect(onUpdated).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('mount the webhook route before any body parser'));
  });

  test('a logger that throws does not change the answer', async () => {
    const explode = () => {
      throw new Error('log sink down');
    };
    const { handle, onUpdated } = setup({ logger: { warn: explode, error: explode } });
    expect((await handle(await signedRequest(serialise(subscriptionUpdated()), { header: 'garbage' }))).status).toBe(400);
    onUpdated.mockRejectedValueOnce(new Error('handler failed'));
    expect((await handle(await signedRequest(serialise(subscriptionUpdated('evt_log'))))).status).toBe(500);
  });

  test('logs refusals to the console by default, scrubbed and prefixed; logger: false silences it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const garbage = async () => signedRequest(serialise(subscriptionUpdated()), { header: 'garbage' });
      const byDefault = createWebhookHandler({ stripe, secret: SECRET, on: {} });
      expect((await byDefault(await garbage())).status).toBe(400);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith(
        'portalkit: refused a webhook delivery: Unable to extract timestamp and signatures from header',
      );

      const silenced = createWebhookHandler({ stripe, secret: SECRET, on: {}, logger: false });
      expect((await silenced(await garbage())).status).toBe(400);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  test('a failing handler is logged to console.error by default', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const failure = new Error('database unavailable');
      const handle = createWebhookHandler({
        stripe,
        secret: SECRET,
        on: { 'customer.subscription.updated': () => Promise.reject(failure) },
      });
      expect((await handle(await signedRequest(serialise(subscriptionUpdated('evt_console'))))).status).toBe(500);
      expect(error).toHaveBeenCalledWith(
        expect.stringMatching(/^portalkit: the 'customer.subscription.updated' webhook handler threw/),
        {
          eventId: 'evt_console',
          eventType: 'customer.subscription.updated',
          error: failure,
        },
      );
    } finally {
      error.mockRestore();
    }
  });
});

describe('createWebhookHandler: setup errors say how to fix them', () => {
  const on = {};
  test.each([
    ['no stripe client', { stripe: undefined, secret: SECRET, on }, /pass stripe, your Stripe client/],
    ['no secret', { stripe, secret: '', on }, /pass secret, the endpoint's signing secret \(whsec_\.\.\.\)/],
    ['a secret with a trailing newline', { stripe, secret: `${SECRET}\n`, on }, /secret contains whitespace.*trim it/],
    ['no handlers object', { stripe, secret: SECRET, on: undefined }, /pass on, an object of handlers/],
    [
      'a handler that is not a function',
      { stripe, secret: SECRET, on: { 'customer.updated': 'nope' } },
      /on\['customer\.updated'\] must be a function/,
    ],
    ['a zero tolerance', { stripe, secret: SECRET, on, tolerance: 0 }, /tolerance must be a positive number of seconds/],
    ['a negative maxBodyBytes', { stripe, secret: SECRET, on, maxBodyBytes: -1 }, /maxBodyBytes must be a positive number/],
    [
      'a logger without error()',
      { stripe, secret: SECRET, on, logger: { log: () => undefined } },
      /logger must have an error\(message, context\) method \(console works\), or be false/,
    ],
    ['logger: true', { stripe, secret: SECRET, on, logger: true }, /logger must have an error/],
  ])('%s', (_name, options, message) => {
    expect(() => createWebhookHandler(options as never)).toThrow(message);
    expect(() => createWebhookHandler(options as never)).toThrow(/^createWebhookHandler\(\): /);
  });
});
