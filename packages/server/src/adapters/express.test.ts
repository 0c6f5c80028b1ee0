import { createServer } from 'node:http';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { itFollowsTheAppsAuth, itServesThePortal, SAME_ORIGIN_JSON, USERS, type Visitor } from '../testing/adapter-contract';
import { createTestHandler, errorOf } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';
import { toExpressHandler, type ExpressRequestLike } from './express';
import type { FetchHandler } from './fetch-handler';
import {
  deferred,
  echoHandler,
  hangUpMidBody,
  keepRawBody,
  listen,
  postForm,
  postJson,
  SAME_ORIGIN,
  type Echo,
} from '../testing/test-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const PATH = '/api/billing/portal';

/** Serves `app` on port 0 and records in `errors` what reaches the app's error middleware. */
async function serveExpress(app: Express, errors: unknown[] = []) {
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    errors.push(error);
    res.status(500).json({ caughtBy: 'app' });
  };
  app.use(onError);
  const server = await listen(createServer(app));
  closers.push(server.close);
  return { url: `${server.url}${PATH}`, errors };
}

/** An app with `middleware` in front of `handler`, which is mounted at PATH. */
function appWith(middleware: express.RequestHandler[], handler: FetchHandler<ExpressRequestLike> = echoHandler): Express {
  const app = express();
  for (const m of middleware) app.use(m);
  app.all(PATH, toExpressHandler(handler));
  return app;
}

async function echoOf(response: Response): Promise<Echo> {
  expect(response.status).toBe(200);
  return (await response.json()) as Echo;
}

const confirm = {
  flow: 'subscription_update_confirm',
  subscription: 'sub_1',
  items: [{ id: 'si_1', price: 'price_2', quantity: 3 }],
};

describe('toExpressHandler', () => {
  it('streams an unparsed JSON body and form body to the handler', async () => {
    const { url } = await serveExpress(appWith([]));

    const json = await echoOf(await postJson(url, confirm));
    const form = await echoOf(await postForm(url, { flow: 'customer_update' }));

    expect(JSON.parse(json.body)).toEqual(confirm);
    expect(form.body).toBe('flow=customer_update');
  });

  it('leaves a form alone when only express.json() is mounted', async () => {
    const { url } = await serveExpress(appWith([express.json()]));

    const echo = await echoOf(await postForm(url, { flow: 'customer_update' }));

    expect(echo.body).toBe('flow=customer_update');
  });

  it('uses the exact bytes an app kept as req.rawBody, under the headers the client sent', async () => {
    const { url } = await serveExpress(appWith([express.json({ verify: keepRawBody })]));
    const original = '{ "flow" :  "customer_update" }';

    const echo = await echoOf(
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: original }),
    );

    expect(echo.body).toBe(original);
    expect(echo.contentLength).toBe(String(original.length));
  });

  it('uses the Buffer of express.raw() as the bytes sent', async () => {
    const { url } = await serveExpress(appWith([express.raw({ type: 'application/json' })]));
    const original = '{"flow":   "customer_update"}';

    const echo = await echoOf(
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: original }),
    );

    expect(echo.body).toBe(original);
  });

  it('passes the full URL and lets the handler answer other methods with 405', async () => {
    const { url } = await serveExpress(appWith([]));

    const echo = await echoOf(await postJson(`${url}?x=1`, {}));
    const get = await fetch(url);

    expect(echo.url).toBe(`${url}?x=1`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('passes the URL the client sent when mounted inside a router', async () => {
    const app = express();
    const router = express.Router();
    router.all('/billing/portal', toExpressHandler(echoHandler));
    app.use('/api', router);
    const { url } = await serveExpress(app);

    const echo = await echoOf(await postJson(`${url}?x=1`, {}));

    expect(echo.url).toBe(`${url}?x=1`);
  });

  it('sends an unexpected exception to next(error), and nothing else', async () => {
    const boom = new Error('the handler broke');
    const app = express();
    app.all(
      PATH,
      toExpressHandler(async (request) => (request.headers.has('x-break') ? Promise.reject(boom) : echoHandler(request))),
    );
    const { url, errors } = await serveExpress(app);

    const broken = await postJson(url, {}, { headers: { 'content-type': 'application/json', 'x-break': '1' } });
    const fine = await postJson(url, {});

    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ caughtBy: 'app' });
    expect(fine.status).toBe(200);
    expect(errors).toEqual([boom]);
  });
});

/**
 * Serves apps for a block in which nothing may reach the app's error middleware, whatever the portal
 * answers: an adapter that answered and then also called next(error) would fail the test.
 */
function servesWithoutAppErrors(): (app: Express) => Promise<string> {
  const errors: unknown[] = [];
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });
  return async (app) => (await serveExpress(app, errors)).url;
}

describe('toExpressHandler with createPortalHandler and the real stripe SDK', () => {
  const fake = useFakeStripe();
  const serve = servesWithoutAppErrors();
  const parsers = {
    'no parser': [],
    'express.json() and express.urlencoded() keeping req.rawBody': [
      express.json({ verify: keepRawBody }),
      express.urlencoded({ extended: true, verify: keepRawBody }),
    ],
    'express.raw() and express.text(), which leave JSON and forms alone': [express.raw(), express.text()],
  } satisfies Record<string, express.RequestHandler[]>;

  describe.each(Object.entries(parsers))('with %s', (_name, middleware) => {
    itServesThePortal(fake, (portal) => serve(appWith(middleware, portal)));
  });

  it('serves the portal mounted before the parsers the rest of the app uses', async () => {
    const app = express();
    app.all(PATH, toExpressHandler(createTestHandler(fake())));
    app.use(express.json(), express.urlencoded({ extended: true }));
    const url = await serve(app);

    const response = await postJson(
      url,
      { flow: 'subscription_cancel', subscription: 'sub_alice' },
      { headers: SAME_ORIGIN_JSON },
    );

    expect(response.status).toBe(200);
  });

  it('answers SERVER_MISCONFIGURED after a parser consumed the body, naming it and the two fixes', async () => {
    const url = await serve(appWith([express.json(), express.urlencoded({ extended: true })], createTestHandler(fake())));

    const json = await postJson(url, { flow: 'payment_method_update' }, { headers: SAME_ORIGIN_JSON });
    const form = await fetch(url, {
      method: 'POST',
      headers: { ...SAME_ORIGIN, accept: 'application/json' },
      body: new URLSearchParams([
        ['flow', 'subscription_update_confirm'],
        ['subscription', 'sub_alice'],
        ['items[0][id]', 'si_alice'],
      ]),
    });

    expect([json.status, form.status]).toEqual([500, 500]);
    const [jsonError, formError] = [await errorOf(json), await errorOf(form)];
    expect(jsonError.code).toBe('SERVER_MISCONFIGURED');
    expect(jsonError.message).toMatch(
      /parsed by express\.json\(\) before the route of toExpressHandler\(\).*Mount toExpressHandler\(\) before express\.json\(\)/,
    );
    expect(formError.message).toMatch(/Mount toExpressHandler\(\) before express\.urlencoded\(\{ extended: true \}\)/);
    expect(formError.message).toContain('verify: (req, _res, buf) => { req.rawBody = buf }');
    expect(fake().requests).toHaveLength(0);
  });

  it('ends the handler promptly, with request.signal aborted, when the client hangs up mid-body', async () => {
    const called = deferred();
    const settled = deferred();
    let seen: Request | undefined;
    const portal = createTestHandler(fake());
    const url = await serve(
      appWith([], async (request) => {
        seen = request;
        called.resolve();
        return portal(request).finally(settled.resolve);
      }),
    );

    await hangUpMidBody(url, called.promise);

    await settled.promise;
    expect(seen?.signal.aborted).toBe(true);
    expect(fake().requests).toHaveLength(0);
  });

  it('answers SERVER_MISCONFIGURED after a middleware read the body and left no req.body, saying what to move', async () => {
    const swallow: express.RequestHandler = (req, _res, next) => {
      req.resume().on('end', () => next());
    };
    const url = await serve(appWith([swallow], createTestHandler(fake())));

    const response = await postJson(url, { flow: 'payment_method_update' }, { headers: SAME_ORIGIN_JSON });

    expect(response.status).toBe(500);
    expect(await errorOf(response)).toMatchObject({
      code: 'SERVER_MISCONFIGURED',
      message: expect.stringMatching(/left neither req\.rawBody nor req\.body\. Mount toExpressHandler\(\) before it/),
    });
    expect(fake().requests).toHaveLength(0);
  });
});

describe("toExpressHandler hands Express's req to the app's auth", () => {
  const fake = useFakeStripe();
  const serve = servesWithoutAppErrors();

  /** The app's request type: its auth middleware sets `req.user`, as passport does. */
  type AuthedRequest = express.Request & { user?: { customerId: string } };
  const authenticate: express.RequestHandler = (req: AuthedRequest, _res, next) => {
    req.user = USERS.get(/(?:^|; )session=([^;]*)/.exec(req.headers.cookie ?? '')?.[1] ?? '');
    next();
  };
  const signIn = (visitor: Visitor) => ({ cookie: `session=${visitor}` });

  /** The portal inside a router mounted at `/api`, behind the auth middleware and express.json() keeping req.rawBody. */
  function serveApp(seen: { url?: string; baseUrl?: string } = {}) {
    const portal = createTestHandler<AuthedRequest>(fake(), {
      getCustomerId: (_request, req) => {
        Object.assign(seen, { url: req.url, baseUrl: req.baseUrl });
        return req.user?.customerId ?? null;
      },
    });
    const api = express.Router();
    api.all('/billing/portal', toExpressHandler(portal));
    const app = express();
    app.use(authenticate, express.json({ verify: keepRawBody }));
    app.use('/api', api);
    return serve(app);
  }

  itFollowsTheAppsAuth(fake, { serve: () => serveApp(), signIn });

  it("hands getCustomerId the app's own req: the router's url and baseUrl", async () => {
    const seen: { url?: string; baseUrl?: string } = {};
    const url = await serveApp(seen);

    const response = await postJson(
      url,
      { flow: 'payment_method_update' },
      { headers: { ...SAME_ORIGIN_JSON, ...signIn('alice') } },
    );

    expect(response.status).toBe(200);
    expect(seen).toEqual({ url: '/billing/portal', baseUrl: '/api' });
  });
});
