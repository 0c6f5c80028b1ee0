import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import type Stripe from 'stripe';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { createLoopbackStripe } from '../testing/loopback-stripe';
import { createTestHandler, formRequest, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();
let unreachableStripe: Stripe;
beforeAll(async () => {
  unreachableStripe = await createUnreachableStripe();
});

/** A Stripe client aimed at a loopback port nobody listens on any more: every call fails to connect. */
async function createUnreachableStripe(): Promise<Stripe> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return createLoopbackStripe(port, 'sk_test_unreachable');
}

/** Everything written to the console while `run` runs, as text. */
async function captureConsole(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const spies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 8 }))).join(' '));
    }),
  );
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  // Written again, unmocked, so the suite-wide guard reads the very same lines.
  for (const line of lines) console.error(line);
  return lines;
}

describe('createPortalHandler: the session URL goes to the browser and nowhere else', () => {
  it('keeps it out of every log line, error body and callback argument', async () => {
    const callbackArguments: unknown[] = [];
    const errorBodies: string[] = [];
    const lines = await captureConsole(async () => {
      const handler = createTestHandler(stripe(), {
        onSessionCreated: (event) => {
          callbackArguments.push(event);
          throw new Error('audit log is down');
        },
      });
      expect((await handler(jsonRequest({ flow: 'payment_method_update' }))).status).toBe(200);
      expect((await handler(formRequest({ flow: 'subscription_cancel', subscription: 'sub_alice' }))).status).toBe(303);
      const offline = createTestHandler({ client: () => unreachableStripe });
      for (const [failing, request] of [
        [handler, jsonRequest({ flow: 'subscription_cancel', subscription: 'sub_alice_canceled' })], // Stripe refuses, and says why
        [offline, jsonRequest({ flow: 'payment_method_update' })], // Stripe cannot be reached
        [handler, jsonRequest({ flow: 'subscription_update', subscription: 'sub_bob' })],
        [handler, jsonRequest({ customer: 'cus_bob' })],
      ] as const) {
        const response = await failing(request);
        expect(response.status).toBeGreaterThanOrEqual(400);
        errorBodies.push(await response.text());
      }
    });

    const sessionUrls = stripe()
      .sessions()
      .map((session) => session.url);
    expect(sessionUrls).toHaveLength(2);
    expect(errorBodies.map((body) => JSON.parse(body).error.code)).toEqual([
      'FLOW_UNAVAILABLE',
      'STRIPE_UNAVAILABLE',
      'NOT_FOUND',
      'INVALID_REQUEST',
    ]);
    expect(lines.length).toBeGreaterThan(3);
    expect(callbackArguments).toHaveLength(2);
    const everything = [...lines, ...errorBodies, ...callbackArguments.map((argument) => inspect(argument, { depth: 8 }))];
    for (const text of everything) {
      expect(text).not.toContain('/p/session/');
      for (const url of sessionUrls) expect(text).not.toContain(url);
    }
  });

  it('scrubs anything shaped like a session URL from what it logs, whoever wrote it', async () => {
    const getCustomerId = () => {
      throw new Error('lookup failed after visiting https://billing.stripe.com/p/session/test_YWNjdF8x');
    };
    const lines = await captureConsole(async () => {
      expect((await createTestHandler(stripe(), { getCustomerId })(jsonRequest({}))).status).toBe(500);
    });
    const joined = lines.join('\n');
    expect(joined).toContain('lookup failed after visiting [redacted session URL]');
    expect(joined).not.toContain('test_YWNjdF8x');
  });

  it('is silent with logger: false, no console output', async () => {
    const lines = await captureConsole(async () => {
      const handler = createTestHandler(stripe(), { logger: false, configuration: 'bpc_missing' });
      expect((await handler(jsonRequest({}))).status).toBe(500);
      expect((await handler(jsonRequest({}, { headers: { origin: 'https://evil.com' } }))).status).toBe(403);
    });
    expect(lines).toEqual([]);
  });
});
