import type Stripe from 'stripe';
import { createPortalHandler } from '../core/create-portal-handler';
import type { PortalHandlerOptions, PortalLogger } from '../core/portal-handler-options';
import type { FakeStripe } from './fake-stripe';

/** The fake or the emulator: anything that hands out a real Stripe client pointed at itself. */
export interface StripeStandIn {
  client(config?: Stripe.StripeConfig): Stripe;
}

export const APP_ORIGIN = 'https://app.example.com';
export const RETURN_URL = 'https://app.example.com/account';
export const HANDLER_URL = 'https://app.example.com/api/billing/portal';
export const ALICE = 'cus_alice';
export const BOB = 'cus_bob';

/*
 * The handler's logger in tests writes through `console`, so the suite-wide guard that scans every
 * console line for session URLs sees everything the handler logs.
 */
export const consoleLogger: PortalLogger = {
  error: (message, context) => console.error(`[portal] ${message}`, context),
  warn: (message, context) => console.warn(`[portal] ${message}`, context),
};

/** Seeds the fake with Alice's and Bob's subscriptions as `portalSeed` has them: one item each. */
export function seedCustomers(fake: FakeStripe): void {
  fake.seedSubscription({ id: 'sub_alice', customer: ALICE, items: [{ id: 'si_alice', price: 'price_basic' }] });
  fake.seedSubscription({ id: 'sub_bob', customer: BOB, items: [{ id: 'si_bob', price: 'price_basic' }] });
}

/**
 * The handler as an app would set it up, signed in as Alice unless `options.getCustomerId` reads the
 * user from the handler's second argument (`TContext`), talking to a Stripe stand-in through the real SDK.
 */
export function createTestHandler<TContext = unknown>(
  stripe: StripeStandIn,
  options: Partial<PortalHandlerOptions<TContext>> = {},
  stripeConfig: Stripe.StripeConfig = {},
) {
  return createPortalHandler<TContext>({
    stripe: stripe.client(stripeConfig),
    getCustomerId: () => ALICE,
    returnUrl: RETURN_URL,
    logger: consoleLogger,
    ...options,
  });
}

interface RequestInit {
  /** Added to the browser-like defaults; an empty value leaves that header out. */
  headers?: Record<string, string>;
  method?: string;
}

function headersOf(defaults: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries({ ...defaults, ...extra }).filter(([, value]) => value !== ''));
}

/** A same-origin `fetch` POST with a JSON body, as the React kit sends it. */
export function jsonRequest(body: unknown, { headers = {}, method = 'POST' }: RequestInit = {}): Request {
  return new Request(HANDLER_URL, {
    method,
    headers: headersOf(
      { 'content-type': 'application/json', origin: APP_ORIGIN, 'sec-fetch-site': 'same-origin', accept: '*/*' },
      headers,
    ),
    body: method === 'GET' || method === 'HEAD' ? null : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A plain HTML form post from the app, as a browser sends it. */
export function formRequest(fields: Record<string, string> | string, { headers = {} }: RequestInit = {}): Request {
  return new Request(HANDLER_URL, {
    method: 'POST',
    headers: headersOf(
      {
        'content-type': 'application/x-www-form-urlencoded',
        origin: APP_ORIGIN,
        'sec-fetch-site': 'same-origin',
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      },
      headers,
    ),
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  });
}

/** The error body of a failed answer, checked to be ours. */
export async function errorOf(response: Response): Promise<{ code: string; message: string; param?: string }> {
  const body = (await response.json()) as { error: { code: string; message: string; param?: string } };
  return body.error;
}
