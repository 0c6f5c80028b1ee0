import Stripe from 'stripe';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { ALICE, RETURN_URL, consoleLogger, errorOf, formRequest, jsonRequest } from '../testing/portal-test-kit';
import { createPortalHandler } from './create-portal-handler';

const stripe = useEmulatedStripe();

/*
 * The README's Next.js route reads STRIPE_SECRET_KEY and APP_URL, which `next build` (and a Docker
 * build) does not have. Given as a function, the options are built on the first request instead.
 */
const env: Record<string, string | undefined> = {};
const EMULATOR_HOST = { host: '127.0.0.1', protocol: 'http', maxNetworkRetries: 0 } as const;
const portalFromEnv = () =>
  createPortalHandler(() => ({
    stripe: new Stripe(env.STRIPE_SECRET_KEY!, { ...EMULATOR_HOST, port: Number(new URL(stripe().emulator.url).port) }),
    getCustomerId: () => ALICE,
    returnUrl: `${env.APP_URL}/account`,
    logger: consoleLogger,
  }));

function captureConsoleErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const key of Object.keys(env)) delete env[key];
});

describe('createPortalHandler(() => options): built on the first request', () => {
  it('can be created without any of its secrets, and calls nothing until a request comes', () => {
    const source = vi.fn(() => {
      throw new Error('not yet');
    });
    expect(() => createPortalHandler(source)).not.toThrow();
    expect(() => portalFromEnv()).not.toThrow();
    expect(source).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
  });

  it('serves requests once the environment is there, building the options only once', async () => {
    env.STRIPE_SECRET_KEY = stripe().emulator.apiKey;
    env.APP_URL = 'https://app.example.com';
    const source = vi.fn(() => ({ stripe: stripe().client(), getCustomerId: () => ALICE, returnUrl: RETURN_URL }));
    const handler = createPortalHandler(source);

    const [first, second] = await Promise.all([handler(jsonRequest({})), handler(jsonRequest({}))]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await portalFromEnv()(jsonRequest({}))).status).toBe(200);
    expect(source).toHaveBeenCalledTimes(1);
    expect(
      stripe()
        .sessions()
        .map((session) => session.return_url),
    ).toEqual([RETURN_URL, RETURN_URL, RETURN_URL]);
  });

  it('answers 500 SERVER_MISCONFIGURED without a Stripe call when the secret key is missing, and says why in the log', async () => {
    const errors = captureConsoleErrors();
    env.APP_URL = 'https://app.example.com';
    const response = await portalFromEnv()(jsonRequest({}));

    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await errorOf(response)).toEqual({
      code: 'SERVER_MISCONFIGURED',
      message: 'The portal handler is not set up; the server log says why.',
    });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(
      /^portalkit: createPortalHandler\(\): the options function threw: Neither apiKey nor config.authenticator provided/,
    );
    expect(stripe().calls()).toEqual([]);
  });

  it('shows the returnUrl it got when APP_URL is missing', async () => {
    const errors = captureConsoleErrors();
    env.STRIPE_SECRET_KEY = stripe().emulator.apiKey;
    const response = await portalFromEnv()(jsonRequest({}));

    expect((await errorOf(response)).code).toBe('SERVER_MISCONFIGURED');
    expect(String(errors.mock.calls[0]?.[0])).toContain('createPortalHandler(): pass returnUrl');
    expect(String(errors.mock.calls[0]?.[0])).toContain('got "undefined/account"');
  });

  it('answers a browser form post with the HTML error page', async () => {
    captureConsoleErrors();
    const response = await portalFromEnv()(formRequest({ flow: 'payment_method_update' }));
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('tries again on the next request, so fixing the environment needs no restart', async () => {
    captureConsoleErrors();
    const handler = portalFromEnv();
    expect((await handler(jsonRequest({}))).status).toBe(500);

    env.STRIPE_SECRET_KEY = stripe().emulator.apiKey;
    env.APP_URL = 'https://app.example.com';
    expect((await handler(jsonRequest({}))).status).toBe(200);
    expect(stripe().onlySession()).toMatchObject({ customer: ALICE, return_url: RETURN_URL });
  });
});
