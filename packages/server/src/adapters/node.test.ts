import { createServer, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itFollowsTheAppsAuth, itServesThePortal, SAME_ORIGIN_JSON, USERS } from '../testing/adapter-contract';
import { itKeepsTheBodyRules } from '../testing/body-rules-contract';
import { createTestHandler } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';
import { toNodeHandler } from './node';
import { deferred, echoHandler, hangUpMidBody, listen, postForm, postJson, type Echo } from '../testing/test-server';

// Taken before any test creates a listener: the bridge would swap these on its first use.
const platform = { Request: globalThis.Request, Response: globalThis.Response };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function serveNode(handler: (request: Request) => Promise<Response>) {
  const server = await listen(createServer(toNodeHandler(handler)));
  closers.push(server.close);
  return server.url;
}

describe('toNodeHandler', () => {
  it('hands a JSON body, the method and the full URL to the handler intact', async () => {
    const url = await serveNode(echoHandler);
    const body = { flow: 'payment_method_update', returnTo: '/account?tab=billing&x=ü' };

    const response = await postJson(`${url}/api/billing/portal?source=test`, body);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const echo = (await response.json()) as Echo;
    expect(echo).toMatchObject({ method: 'POST', url: `${url}/api/billing/portal?source=test`, contentType: 'application/json' });
    expect(JSON.parse(echo.body)).toEqual(body);
  });

  it('hands a form body to the handler intact', async () => {
    const url = await serveNode(echoHandler);

    const response = await postForm(url, [
      ['flow', 'subscription_update_confirm'],
      ['items[0][id]', 'si_1'],
      ['returnTo', '/a b'],
    ]);

    const echo = (await response.json()) as Echo;
    expect(echo.contentType).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(Object.fromEntries(new URLSearchParams(echo.body))).toEqual({
      flow: 'subscription_update_confirm',
      'items[0][id]': 'si_1',
      returnTo: '/a b',
    });
  });

  it('streams a chunked body that has no Content-Length', async () => {
    const url = await serveNode(echoHandler);
    const chunks = ['{"flow":', '"customer_update"}'];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(chunk));
      },
    });

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);

    const echo = (await response.json()) as Echo;
    expect(echo.contentLength).toBeNull();
    expect(JSON.parse(echo.body)).toEqual({ flow: 'customer_update' });
  });

  it('sends back the status, a Location and every Set-Cookie line', async () => {
    const url = await serveNode(async () => {
      const headers = new Headers({ location: 'https://billing.example.test/p/x', 'cache-control': 'no-store' });
      headers.append('set-cookie', 'a=1; Path=/');
      headers.append('set-cookie', 'b=2; Path=/');
      return new Response(null, { status: 303, headers });
    });

    const response = await postForm(url, { flow: 'payment_method_update' });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://billing.example.test/p/x');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('passes other methods to the handler, which answers 405 with Allow', async () => {
    const url = await serveNode(echoHandler);

    const response = await fetch(url);

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('aborts request.signal when the client goes away, and keeps serving', async () => {
    const arrived = deferred();
    const sawAbort = deferred();
    const url = await serveNode(async (request) => {
      if (request.headers.get('x-slow') === null) return echoHandler(request);
      arrived.resolve();
      // Stands for a slow Stripe call: wait until the client gives up, then answer anyway.
      await new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true }));
      sawAbort.resolve();
      return Response.json({ late: true });
    });

    const client = new AbortController();
    const slow = postJson(url, {}, { headers: { 'content-type': 'application/json', 'x-slow': '1' }, signal: client.signal });
    await arrived.promise;
    client.abort();

    await expect(slow).rejects.toThrow();
    await sawAbort.promise;
    const next = await postJson(url, { flow: 'customer_update' });
    expect(next.status).toBe(200);
  });

  it('leaves the global Request and Response alone', async () => {
    const url = await serveNode(echoHandler);
    await postJson(url, {});

    expect(globalThis.Request).toBe(platform.Request);
    expect(globalThis.Response).toBe(platform.Response);
  });
});

describe('toNodeHandler with createPortalHandler and the real stripe SDK', () => {
  const fake = useFakeStripe();

  itServesThePortal(fake, serveNode);
  itKeepsTheBodyRules(fake, [
    { name: 'a plain node:http server', serve: async (portal) => `${await serveNode(portal)}/api/billing/portal` },
  ]);

  it('reads a body only as far as its Content-Length: what follows is the next request, never more body', async () => {
    // The handler reads a body with a declared length in one go; this is the server behaviour it relies on.
    const url = new URL(await serveNode(createTestHandler(fake())));
    const socket = connect(Number(url.port), url.hostname);
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    const closed = new Promise((resolve) => socket.on('close', resolve));

    socket.write(
      'POST /api/billing/portal HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}' +
        `GET /api/billing/portal?${'x'.repeat(9 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    await closed;

    const statuses = [
      ...Buffer.concat(received)
        .toString('latin1')
        .matchAll(/HTTP\/1\.1 (\d{3}) /g),
    ].map((match) => match[1]);
    expect(statuses).toEqual(['200', '405']);
    expect(fake().requestsTo('sessions')).toHaveLength(1);
  });

  it('ends the handler promptly, with request.signal aborted, when the client hangs up mid-body', async () => {
    const called = deferred();
    const settled = deferred();
    let seen: Request | undefined;
    const portal = createTestHandler(fake());
    const url = await serveNode(async (request) => {
      seen = request;
      called.resolve();
      try {
        return await portal(request);
      } finally {
        settled.resolve();
      }
    });

    await hangUpMidBody(`${url}/api/billing/portal`, called.promise);

    await settled.promise;
    expect(seen?.signal.aborted).toBe(true);
    expect(fake().requests).toHaveLength(0);
  });

  it('survives a client that gives up while Stripe is slow', async () => {
    fake().fail('sessions', { kind: 'hang' }, 1);
    const url = await serveNode(createTestHandler(fake()));
    const client = new AbortController();

    const slow = postJson(url, { flow: 'payment_method_update' }, { headers: SAME_ORIGIN_JSON, signal: client.signal });
    await vi.waitFor(() => expect(fake().requestsTo('sessions')).toHaveLength(1));
    client.abort();

    await expect(slow).rejects.toThrow();
    const next = await postJson(url, { flow: 'payment_method_update' }, { headers: SAME_ORIGIN_JSON });
    expect(next.status).toBe(200);
  });
});

describe("toNodeHandler hands the IncomingMessage to the app's auth", () => {
  const fake = useFakeStripe();
  /** The server's own request type: its auth step adds the user it found. */
  type AuthedMessage = IncomingMessage & { user?: { customerId: string } };

  itFollowsTheAppsAuth(fake, {
    /** A server that derives the user from a bearer token before routing, as an API server does. */
    async serve() {
      const portal = toNodeHandler(
        createTestHandler<AuthedMessage>(fake(), { getCustomerId: (_request, req) => req.user?.customerId ?? null }),
      );
      const server = await listen(
        createServer((req: AuthedMessage, res) => {
          req.user = USERS.get(/^Bearer (.*)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
          void portal(req, res);
        }),
      );
      closers.push(server.close);
      return server.url;
    },
    signIn: (visitor) => ({ authorization: `Bearer ${visitor}` }),
  });
});
