import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPortalHandler } from './create-portal-handler';
import { ALICE, jsonRequest } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';

const fake = useFakeStripe();

/** Spies on the console, quietly, and gives back every line written, as text. */
function captureConsole() {
  const spies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => undefined),
  );
  const [error, warn] = spies;
  const lines = () =>
    spies.flatMap((spy) =>
      spy.mock.calls.map((call) => call.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 8 }))).join(' ')),
    );
  return { error: error as (typeof spies)[number], warn: warn as (typeof spies)[number], lines };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// The mistake a newcomer makes first: the app is opened as localhost, the handler set up for 127.0.0.1.
const handlerFor127 = (options: { logger?: false } = {}) =>
  createPortalHandler({
    stripe: fake().client(),
    getCustomerId: () => ALICE,
    returnUrl: 'http://127.0.0.1:5173/account',
    ...options,
  });
const fromLocalhost = () => jsonRequest({}, { headers: { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' } });

describe('createPortalHandler: the default logger is the console', () => {
  it('says why a request got 403 when the page’s origin is not allowed, with no logger configured', async () => {
    const output = captureConsole();
    const response = await handlerFor127()(fromLocalhost());
    expect(response.status).toBe(403);
    expect(output.warn).toHaveBeenCalledTimes(1);
    expect(output.warn).toHaveBeenCalledWith('portalkit: Refused a cross-site request to the portal handler.', {
      origin: 'http://localhost:5173',
      secFetchSite: 'same-site',
      allowedOrigins: ['http://127.0.0.1:5173'],
    });
    expect(output.error).not.toHaveBeenCalled();
  });

  it('writes Stripe failures to console.error, scrubbed of session URLs and cut to length', async () => {
    const token = 'test_YWNjdF8xUGdhZm1CN1daMDF6Z2tXLF9RWGhWbkMyaDBK';
    const message = `Something at https://billing.stripe.com/p/session/${token} failed for '${'A'.repeat(5000)}'`;
    fake().fail('sessions', { kind: 'status', status: 400, error: { type: 'invalid_request_error', message } }, 1);
    const output = captureConsole();
    const response = await handlerFor127()(jsonRequest({}, { headers: { origin: 'http://127.0.0.1:5173' } }));
    expect(response.status).toBe(500);
    expect(output.error).toHaveBeenCalledTimes(1);
    const text = output.lines().join('\n');
    expect(text).toMatch(/^portalkit: Stripe call create_session failed/);
    expect(text).toContain('Something at [redacted session URL] failed');
    expect(text).toContain(`… [cut: ${message.length} characters in all]`);
    expect(text).not.toContain(token.slice(5, 20));
    expect(text).not.toContain('A'.repeat(600));
  });

  it('logger: false writes nothing', async () => {
    const output = captureConsole();
    expect((await handlerFor127({ logger: false })(fromLocalhost())).status).toBe(403);
    fake().fail('sessions', { kind: 'status', status: 400, error: { type: 'invalid_request_error', message: 'Refused.' } }, 1);
    expect(
      (await handlerFor127({ logger: false })(jsonRequest({}, { headers: { origin: 'http://127.0.0.1:5173' } }))).status,
    ).toBe(500);
    expect(output.lines()).toEqual([]);
  });
});
