import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { text as readText } from 'node:stream/consumers';
import type Stripe from 'stripe';
import { listen } from './test-server';
import { createLoopbackStripe } from './loopback-stripe';
import { parseStripeForm } from './stripe-form';
import { sessionObject, stripeErrorBody, stripeToken, subscriptionObject, type SubscriptionSeed } from './stripe-objects';

/** One request the fake received, as Stripe would have seen it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The form body, decoded with bracket notation into nested objects and arrays. */
  body: Record<string, any>;
}

/** The endpoints a failure can be aimed at. */
export type FakeRoute = 'sessions' | 'subscriptions';

/** How the fake misbehaves, for a number of requests. */
export type FakeFailure =
  | {
      kind: 'status';
      status: number;
      error?: { type?: string; code?: string; message: string; param?: string };
      shouldRetry?: boolean;
    }
  | { kind: 'hang' }
  | { kind: 'reset' };

export const FAKE_API_KEY = 'sk_test_portalkit_fake';
const DEFAULT_CONFIGURATION = 'bpc_default';

/**
 * A small stand-in for the two Stripe endpoints the handler calls, for the real `stripe` SDK to talk
 * to over HTTP on 127.0.0.1. It records every request with its headers and answers in Stripe's shapes,
 * and it fails on demand: a status (429, 5xx, an error Stripe has no reason to give), a hang, a reset.
 * Stripe's real answers, refusals included, come from the emulator (`emulator-kit.ts`); use this only
 * for what the emulator cannot be made to do.
 *
 * `latencyMs` holds every answer back that long, as Stripe's own round trip would (the latency bench).
 */
export async function startFakeStripe({ latencyMs = 0 }: { latencyMs?: number } = {}) {
  const requests: RecordedRequest[] = [];
  const sessionUrls: string[] = [];
  const subscriptions = new Map<string, SubscriptionSeed>();
  // The account's default configuration exists from the start and survives reset(); seeded ones do not.
  const configurations = new Set<string>([DEFAULT_CONFIGURATION]);
  const failures: Array<{ route: FakeRoute; failure: FakeFailure; remaining: number }> = [];

  const server = createServer(async (req, res) => {
    const text = await readText(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      headers: req.headers,
      body: parseStripeForm(text),
    };
    requests.push(recorded);
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const route: FakeRoute | undefined =
      url.pathname === '/v1/billing_portal/sessions'
        ? 'sessions'
        : url.pathname.startsWith('/v1/subscriptions/')
          ? 'subscriptions'
          : undefined;
    const planned = failures.find((entry) => entry.route === route && entry.remaining > 0);
    if (planned) {
      planned.remaining -= 1;
      return misbehave(planned.failure, req, res);
    }
    if (route === 'sessions' && req.method === 'POST') {
      const params = recorded.body;
      if (params.configuration !== undefined && !configurations.has(params.configuration)) {
        const message = `No such configuration: '${params.configuration}'`;
        return send(res, 400, stripeErrorBody({ code: 'resource_missing', param: 'configuration', message }));
      }
      const sessionUrl = `${base}/p/session/test_${stripeToken(32)}`;
      sessionUrls.push(sessionUrl);
      return send(res, 200, sessionObject(params, sessionUrl));
    }
    if (route === 'subscriptions' && req.method === 'GET') {
      const id = decodeURIComponent(url.pathname.slice('/v1/subscriptions/'.length));
      const seed = subscriptions.get(id);
      if (seed) return send(res, 200, subscriptionObject(seed));
      return send(res, 404, stripeErrorBody({ code: 'resource_missing', param: 'id', message: `No such subscription: '${id}'` }));
    }
    return send(res, 404, stripeErrorBody({ message: `Unrecognized request URL (${req.method}: ${url.pathname}).` }));
  });
  const { url: base, close } = await listen(server);
  const port = Number(new URL(base).port);

  return {
    port,
    /** Every request received, oldest first. */
    requests,
    /** Every session URL handed out, to prove none leaks anywhere else. */
    sessionUrls,
    requestsTo: (route: FakeRoute) =>
      requests.filter((request) =>
        route === 'sessions' ? request.path === '/v1/billing_portal/sessions' : request.path.startsWith('/v1/subscriptions/'),
      ),
    seedSubscription: (seed: SubscriptionSeed) => void subscriptions.set(seed.id, seed),
    seedConfiguration: (id: string) => void configurations.add(id),
    /** Makes the next `times` requests to `route` fail this way. */
    fail: (route: FakeRoute, failure: FakeFailure, times = Number.POSITIVE_INFINITY) =>
      void failures.push({ route, failure, remaining: times }),
    /** A real Stripe client pointed at the fake, made by {@link createLoopbackStripe}. */
    client: (config: Stripe.StripeConfig = {}, apiKey = FAKE_API_KEY) => createLoopbackStripe(port, apiKey, config),
    /** Forgets requests, failures and seeds (subscriptions and configurations) between tests. */
    reset: () => {
      requests.length = 0;
      sessionUrls.length = 0;
      failures.length = 0;
      subscriptions.clear();
      configurations.clear();
      configurations.add(DEFAULT_CONFIGURATION);
    },
    close,
  };
}

/** The fake started by {@link startFakeStripe}. */
export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;

function misbehave(failure: FakeFailure, req: IncomingMessage, res: ServerResponse): void {
  if (failure.kind === 'hang') return; // Never answer; the client's timeout has to end it.
  if (failure.kind === 'reset') return void req.socket.destroy();
  const headers: Record<string, string> = {};
  if (failure.shouldRetry !== undefined) headers['stripe-should-retry'] = String(failure.shouldRetry);
  const error = failure.error ?? { type: 'api_error', message: `Fake failure with status ${failure.status}.` };
  send(res, failure.status, stripeErrorBody(error), headers);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${stripeToken(14)}`, ...headers });
  res.end(text);
}
