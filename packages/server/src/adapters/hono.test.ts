import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { validator } from 'hono/validator';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalHandler } from '../core/portal-handler-options';
import { itFollowsTheAppsAuth, itServesThePortal, SAME_ORIGIN_JSON, USERS } from '../testing/adapter-contract';
import { createTestHandler, errorOf } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';
import { toHonoHandler } from './hono';
import {
  deferred,
  echoHandler,
  listen,
  OVERSIZED_RETURN_TO,
  postForm,
  postJson,
  SAME_ORIGIN,
  type Echo,
} from '../testing/test-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Serves `app` the way a Hono app runs on Node: `@hono/node-server`'s `serve`, here on port 0. */
async function serveHono(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  const server = await listen(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server);
  closers.push(server.close);
  return server.url;
}

const PATH = '/api/billing/portal';

describe('toHonoHandler', () => {
  it('hands a JSON body and the full URL to the handler, and sends its response back', async () => {
    const app = new Hono();
    app.all(PATH, toHonoHandler(echoHandler));
    const url = await serveHono(app);
    const body = { flow: 'payment_method_update', returnTo: '/account' };

    const response = await postJson(`${url}${PATH}?from=hono`, body);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const echo = (await response.json()) as Echo;
    expect(echo.url).toBe(`${url}${PATH}?from=hono`);
    expect(JSON.parse(echo.body)).toEqual(body);
  });

  it('hands a form body to the handler intact', async () => {
    const app = new Hono();
    app.all(PATH, toHonoHandler(echoHandler));
    const url = await serveHono(app);

    const echo = (await (await postForm(`${url}${PATH}`, { flow: 'customer_update', returnTo: '/a b' })).json()) as Echo;

    expect(Object.fromEntries(new URLSearchParams(echo.body))).toEqual({ flow: 'customer_update', returnTo: '/a b' });
  });

  it('mounted with app.all, lets the handler answer other methods with 405 and Allow', async () => {
    const app = new Hono();
    app.all(PATH, toHonoHandler(echoHandler));
    const url = await serveHono(app);

    const response = await fetch(`${url}${PATH}`);

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('gets the body again after a middleware read it with c.req.json()', async () => {
    const app = new Hono();
    const seen: unknown[] = [];
    app.use(PATH, async (c, next) => {
      seen.push(await c.req.json());
      await next();
    });
    app.all(PATH, toHonoHandler(echoHandler));
    const url = await serveHono(app);
    const body = { flow: 'subscription_cancel', subscription: 'sub_1' };

    const echo = (await (await postJson(`${url}${PATH}`, body)).json()) as Echo;

    expect(seen).toEqual([body]);
    expect(JSON.parse(echo.body)).toEqual(body);
    expect(echo.contentLength).toBe(String(new TextEncoder().encode(echo.body).byteLength));
  });

  it("gets a form body again after Hono's form validator read it", async () => {
    const app = new Hono();
    app.all(
      PATH,
      validator('form', (value) => value),
      toHonoHandler(echoHandler),
    );
    const url = await serveHono(app);

    const echo = (await (await postForm(`${url}${PATH}`, { flow: 'customer_update', locale: 'fr' })).json()) as Echo;

    expect(echo.contentType).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(Object.fromEntries(new URLSearchParams(echo.body))).toEqual({ flow: 'customer_update', locale: 'fr' });
  });

  it('passes a client hang-up on to request.signal after a middleware read the body', async () => {
    const app = new Hono();
    const arrived = deferred();
    const sawAbort = deferred();
    app.use(PATH, async (c, next) => {
      await c.req.json();
      await next();
    });
    app.all(
      PATH,
      toHonoHandler(async (request) => {
        arrived.resolve();
        // Stands for a slow Stripe call: wait until the client gives up.
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true }));
        sawAbort.resolve();
        return Response.json({ late: true });
      }),
    );
    const url = await serveHono(app);
    const client = new AbortController();

    const slow = postJson(`${url}${PATH}`, { flow: 'customer_update' }, { signal: client.signal });
    await arrived.promise;
    client.abort();

    await expect(slow).rejects.toThrow();
    await sawAbort.promise;
  });

  it('fits an app with typed variables, in one line', () => {
    const app = new Hono<{ Variables: { userId: string } }>();
    app.all(PATH, toHonoHandler(echoHandler));
    app.on(['POST'], '/other', toHonoHandler(echoHandler));
    expect(app.routes.map((route) => route.method)).toEqual(['ALL', 'POST']);
  });
});

describe('toHonoHandler with createPortalHandler and the real stripe SDK', () => {
  const fake = useFakeStripe();

  async function servePortal(portal: PortalHandler, ...middleware: MiddlewareHandler[]) {
    const app = new Hono();
    for (const m of middleware) app.use(PATH, m);
    app.all(PATH, toHonoHandler(portal));
    return `${await serveHono(app)}${PATH}`;
  }

  itServesThePortal(fake, servePortal);

  /** A middleware that reads the body before the portal does, as a logging or validation step might. */
  const readsJson: MiddlewareHandler = async (c, next) => {
    await c.req.json();
    await next();
  };

  it('refuses a body over 8 KiB with 413 after a middleware read it', async () => {
    const url = await servePortal(createTestHandler(fake()), readsJson);

    const response = await postJson(url, { returnTo: OVERSIZED_RETURN_TO }, { headers: SAME_ORIGIN_JSON });

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(fake().requests).toHaveLength(0);
  });

  it('opens the portal for a form post after a middleware read it with c.req.formData()', async () => {
    const readsForm: MiddlewareHandler = async (c, next) => {
      await c.req.formData();
      await next();
    };
    const url = await servePortal(createTestHandler(fake()), readsForm);

    const response = await fetch(url, {
      method: 'POST',
      headers: SAME_ORIGIN,
      body: new URLSearchParams([
        ['flow', 'subscription_cancel'],
        ['subscription', 'sub_alice'],
        ['returnTo', '/account?tab=billing'],
      ]),
      redirect: 'manual',
    });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(fake().sessionUrls[0]);
    expect(fake().requestsTo('sessions')[0]!.body).toMatchObject({ return_url: 'https://app.example.com/account?tab=billing' });
  });

  it("answers SERVER_MISCONFIGURED, saying what to change, for a body read around Hono's cache", async () => {
    const readsRaw: MiddlewareHandler = async (c, next) => {
      await c.req.raw.text();
      await next();
    };
    const url = await servePortal(createTestHandler(fake()), readsRaw);

    const response = await postJson(url, { flow: 'payment_method_update' }, { headers: SAME_ORIGIN_JSON });

    expect(response.status).toBe(500);
    expect(await errorOf(response)).toMatchObject({
      code: 'SERVER_MISCONFIGURED',
      message: expect.stringMatching(
        /c\.req\.raw.*Read it with c\.req\.arrayBuffer\(\).*or mount this route before that middleware/,
      ),
    });
    expect(fake().requests).toHaveLength(0);
  });

  it('still validates a body a middleware already read: a customer field is refused by name', async () => {
    const url = await servePortal(createTestHandler(fake()), readsJson);

    const response = await postJson(url, { flow: 'payment_method_update', customer: 'cus_bob' }, { headers: SAME_ORIGIN_JSON });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', param: 'customer' } });
    expect(fake().requests).toHaveLength(0);
  });
});

describe("toHonoHandler hands Hono's c to the app's auth", () => {
  const fake = useFakeStripe();
  type AppEnv = { Variables: { user: { customerId: string } | undefined } };

  itFollowsTheAppsAuth(fake, {
    /** An app whose auth middleware puts the signed-in user on the context with c.set(), as session middleware does. */
    async serve() {
      const app = new Hono<AppEnv>();
      app.use(async (c, next) => {
        c.set('user', USERS.get(getCookie(c, 'session') ?? ''));
        await next();
      });
      const portal = createTestHandler<Context<AppEnv>>(fake(), {
        getCustomerId: (_request, c) => c.get('user')?.customerId ?? null,
      });
      app.all(PATH, toHonoHandler(portal));
      return `${await serveHono(app)}${PATH}`;
    },
    signIn: (visitor) => ({ cookie: `session=${visitor}` }),
  });
});
