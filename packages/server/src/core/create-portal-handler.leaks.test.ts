import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeStripe, type FakeStripe } from '../testing/fake-stripe';
import { createTestHandler, formRequest, jsonRequest, seedCustomers } from '../testing/portal-test-kit';

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  seedCustomers(fake);
});

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
      const handler = createTestHandler(fake, {
        onSessionCreated: (event) => {
          callbackArguments.push(event);
          throw new Error('audit log is down');
        },
      });
      expect((await handler(jsonRequest({ flow: 'payment_method_update' }))).status).toBe(200);
      expect((await handler(formRequest({ flow: 'subscription_cancel', subscription: 'sub_alice' }))).status).toBe(303);
      fake.fail('sessions', { kind: 'status', status: 400, error: { message: 'Stripe says no.', param: 'flow_data[type]' } }, 1);
      fake.fail('sessions', { kind: 'reset' }, 2);
      for (const request of [
        jsonRequest({ flow: 'subscription_update', subscription: 'sub_alice' }),
        jsonRequest({ flow: 'payment_method_update' }),
        jsonRequest({ flow: 'subscription_update', subscription: 'sub_bob' }),
        jsonRequest({ customer: 'cus_bob' }),
      ]) {
        const response = await handler(request);
        expect(response.status).toBeGreaterThanOrEqual(400);
        errorBodies.push(await response.text());
      }
    });

    expect(fake.sessionUrls).toHaveLength(2);
    expect(lines.length).toBeGreaterThan(3);
    expect(callbackArguments).toHaveLength(2);
    const everything = [...lines, ...errorBodies, ...callbackArguments.map((argument) => inspect(argument, { depth: 8 }))];
    for (const text of everything) {
      expect(text).not.toContain('/p/session/');
      for (const url of fake.sessionUrls) expect(text).not.toContain(url);
    }
  });

  it('scrubs anything shaped like a session URL from what it logs, whoever wrote it', async () => {
    const getCustomerId = () => {
      throw new Error('lookup failed after visiting https://billing.stripe.com/p/session/test_YWNjdF8x');
    };
    const lines = await captureConsole(async () => {
      expect((await createTestHandler(fake, { getCustomerId })(jsonRequest({}))).status).toBe(500);
    });
    const joined = lines.join('\n');
    expect(joined).toContain('lookup failed after visiting [redacted portal session URL]');
    expect(joined).not.toContain('test_YWNjdF8x');
  });

  it('is silent by default: no logger, no console output', async () => {
    const lines = await captureConsole(async () => {
      fake.fail('sessions', { kind: 'status', status: 400, error: { message: 'Stripe says no.' } });
      const handler = createTestHandler(fake, { logger: undefined });
      expect((await handler(jsonRequest({}))).status).toBe(500);
      expect((await handler(jsonRequest({}, { headers: { origin: 'https://evil.com' } }))).status).toBe(403);
    });
    expect(lines).toEqual([]);
  });
});
