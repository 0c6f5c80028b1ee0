import { createServer } from 'node:http';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeStripe, type FakeStripe } from '../testing/fake-stripe';
import { createPortalHandler } from '../core/create-portal-handler';
import { ALICE, BOB, RETURN_URL, consoleLogger, createTestHandler, seedCustomers } from '../testing/portal-test-kit';
import { toExpressHandler } from './express';
import { echoHandler, listen, OVERSIZED_RETURN_TO, postForm, postJson, SAME_ORIGIN, type Echo } from './test-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const PATH = '/api/billing/portal';

/** Serves `app` on port 0 and records what reaches the app's error middleware. */
async function serveExpress(app: Express) {
  const errors: unknown[] = [];
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    errors.push(error);
    res.status(500).json({ caughtBy: 'app' });
  };
  app.use(onError);
  const server = await listen(createServer(app));
  closers.push(server.close);
  return { url: `${server.url}${PATH}`, errors };
}

function appWith(...middleware: express.RequestHandler[]): Express {
  const app = express();
  for (const m of middleware) app.use(m);
  app.all(PATH, toExpressHandler(echoHandler));
  return app;
}

async function echoOf(response: Response): Promise<Echo> {
  expect(response.status).toBe(200);
  return (await response.json()) as Echo;
}

const confirm = { flow: 'subscription_update_confirm', subscription: 'sub_1', items: [{ id: 'si_1', price: 'price_2', quantity: 3 }] };

describe('toExpressHandler', () => {
  it('streams an unparsed JSON body and form body to the handler', async () => {
    const { url } = await serveExpress(appWith());

    const json = await echoOf(await postJson(url, confirm));
    const form = await echoOf(await postForm(url, { flow: 'customer_update' }));

    expect(JSON.parse(json.body)).toEqual(confirm);
    expect(form.body).toBe('flow=customer_update');
  });

  it('rebuilds a body that express.json() already parsed', async () => {
    const { url, errors } = await serveExpress(appWith(express.json()));

    const echo = await echoOf(await postJson(url, confirm));

    expect(errors).toEqual([]);
    expect(echo.contentType).toBe('application/json');
    expect(JSON.parse(echo.body)).toEqual(confirm);
    expect(echo.contentLength).toBe(String(Buffer.byteLength(echo.body)));
  });

  it('rebuilds a form that express.urlencoded() already parsed, flat or extended', async () => {
    const form: [string, string][] = [
      ['flow', 'subscription_update_confirm'],
      ['subscription', 'sub_1'],
      ['items[0][id]', 'si_1'],
      ['items[0][quantity]', '3'],
      ['returnTo', '/account?tab=billing'],
    ];
    for (const extended of [false, true]) {
      const { url } = await serveExpress(appWith(express.urlencoded({ extended })));

      const echo = await echoOf(await postForm(url, form));

      expect([...new URLSearchParams(echo.body)]).toEqual(form);
    }
  });

  it('keeps a field sent twice as two fields after express.urlencoded()', async () => {
    const { url } = await serveExpress(appWith(express.urlencoded({ extended: false })));

    const echo = await echoOf(await postForm(url, [['flow', 'a'], ['flow', 'b']]));

    expect(echo.body).toBe('flow=a&flow=b');
  });

  it('leaves a form alone when only express.json() is mounted', async () => {
    const { url } = await serveExpress(appWith(express.json()));

    const echo = await echoOf(await postForm(url, { flow: 'customer_update' }));

    expect(echo.body).toBe('flow=customer_update');
  });

  it('uses the exact bytes an app kept as req.rawBody', async () => {
    const keepRaw = express.json({
      verify: (req, _res, buf) => {
        (req as { rawBody?: Buffer }).rawBody = buf;
      },
    });
    const { url } = await serveExpress(appWith(keepRaw));
    const original = '{ "flow" :  "customer_update" }';

    const echo = await echoOf(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: original }));

    expect(echo.body).toBe(original);
  });

  it('passes the full URL and lets the handler answer other methods with 405', async () => {
    const { url } = await serveExpress(appWith(express.json()));

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
    app.all(PATH, toExpressHandler(async (request) => (request.headers.has('x-break') ? Promise.reject(boom) : echoHandler(request))));
    const { url, errors } = await serveExpress(app);

    const broken = await postJson(url, {}, { headers: { 'content-type': 'application/json', 'x-break': '1' } });
    const fine = await postJson(url, {});

    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ caughtBy: 'app' });
    expect(fine.status).toBe(200);
    expect(errors).toEqual([boom]);
  });

  it('reports a body read by a middleware that left no req.body, with how to fix it', async () => {
    const swallow: express.RequestHandler = (req, _res, next) => {
      req.resume().on('end', () => next());
    };
    const { url, errors } = await serveExpress(appWith(swallow));

    const response = await postJson(url, { flow: 'customer_update' });

    expect(response.status).toBe(500);
    expect(String(errors[0])).toMatch(/read before toExpressHandler\(\).*Mount the portal route before/);
  });
});

describe('toExpressHandler with createPortalHandler and the real stripe SDK', () => {
  let fake: FakeStripe;
  beforeAll(async () => {
    fake = await startFakeStripe();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    seedCustomers(fake);
  });

  async function servePortal(...middleware: express.RequestHandler[]) {
    const app = express();
    for (const m of middleware) app.use(m);
    app.all(PATH, toExpressHandler(createTestHandler(fake)));
    return serveExpress(app);
  }

  const json = { 'content-type': 'application/json', ...SAME_ORIGIN };
  const postFormFrom = (url: string, fields: [string, string][]) =>
    fetch(url, { method: 'POST', headers: SAME_ORIGIN, body: new URLSearchParams(fields), redirect: 'manual' });
  const parsers = {
    'no parser': [],
    'express.json()': [express.json()],
    'express.urlencoded()': [express.urlencoded({ extended: false })],
    'express.urlencoded({ extended: true })': [express.urlencoded({ extended: true })],
    'both parsers': [express.json(), express.urlencoded({ extended: true })],
  } satisfies Record<string, express.RequestHandler[]>;

  describe.each(Object.entries(parsers))('with %s', (_name, middleware) => {
    it('answers JSON with 200 { url } and a form with 303 Location, not cacheable', async () => {
      const { url, errors } = await servePortal(...middleware);

      const ok = await postJson(url, { flow: 'subscription_cancel', subscription: 'sub_alice' }, { headers: json });
      const form = await postFormFrom(url, [
        ['flow', 'subscription_update_confirm'],
        ['subscription', 'sub_alice'],
        ['items[0][id]', 'si_alice'],
        ['items[0][quantity]', '4'],
      ]);

      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ url: fake.sessionUrls[0] });
      expect(form.status).toBe(303);
      expect(form.headers.get('location')).toBe(fake.sessionUrls[1]);
      expect([ok.headers.get('cache-control'), form.headers.get('cache-control')]).toEqual(['no-store', 'no-store']);
      const [cancel, confirm] = fake.requestsTo('sessions');
      expect(cancel!.body).toMatchObject({ customer: ALICE, flow_data: { subscription_cancel: { subscription: 'sub_alice' } } });
      expect(confirm!.body).toMatchObject({
        flow_data: { subscription_update_confirm: { subscription: 'sub_alice', items: [{ id: 'si_alice', quantity: '4' }] } },
      });
      expect(errors).toEqual([]);
    });

    it('refuses an oversized JSON or form body with 413', async () => {
      const { url } = await servePortal(...middleware);

      const jsonResponse = await postJson(url, { returnTo: OVERSIZED_RETURN_TO }, { headers: json });
      const formResponse = await postFormFrom(url, [['returnTo', OVERSIZED_RETURN_TO]]);

      expect([jsonResponse.status, formResponse.status]).toEqual([413, 413]);
      expect(fake.requests).toHaveLength(0);
    });

    it('refuses a customer field by name, and a field sent twice', async () => {
      const { url } = await servePortal(...middleware);

      const smuggled = await postJson(url, { flow: 'payment_method_update', customer: 'cus_bob' }, { headers: json });
      const twice = await postFormFrom(url, [['flow', 'customer_update'], ['flow', 'payment_method_update']]);

      expect(smuggled.status).toBe(400);
      expect(await smuggled.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', param: 'customer' } });
      expect(twice.status).toBe(400);
      expect(await twice.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', param: 'flow' } });
      expect(fake.requests).toHaveLength(0);
    });
  });

  it('answers GET with 405 and Allow: POST', async () => {
    const { url } = await servePortal(express.json());

    const response = await fetch(url);

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe("toExpressHandler hands Express's req to the app's auth", () => {
  let fake: FakeStripe;
  beforeAll(async () => {
    fake = await startFakeStripe();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    seedCustomers(fake);
  });

  /** The app's request type: its auth middleware sets `req.user`, as passport does. */
  type AuthedRequest = express.Request & { user?: { customerId: string } };
  const SESSIONS = new Map([
    ['session-alice', { customerId: ALICE }],
    ['session-bob', { customerId: BOB }],
  ]);
  const authenticate: express.RequestHandler = (req: AuthedRequest, _res, next) => {
    req.user = SESSIONS.get(/(?:^|; )session=([^;]*)/.exec(req.headers.cookie ?? '')?.[1] ?? '');
    next();
  };

  /** The portal inside a router mounted at `/api`, behind the auth middleware and express.json(). */
  async function serveApp(seen: { url?: string; baseUrl?: string } = {}) {
    const portal = createPortalHandler<AuthedRequest>({
      stripe: fake.client(),
      returnUrl: RETURN_URL,
      logger: consoleLogger,
      getCustomerId: (_request, req) => {
        Object.assign(seen, { url: req.url, baseUrl: req.baseUrl });
        return req.user?.customerId ?? null;
      },
    });
    const api = express.Router();
    api.all('/billing/portal', toExpressHandler(portal));
    const app = express();
    app.use(authenticate, express.json());
    app.use('/api', api);
    return serveExpress(app);
  }

  const as = (session: string) => ({ 'content-type': 'application/json', ...SAME_ORIGIN, cookie: `session=${session}` });

  it("creates the session for req.user, and the app sees its own req (the router's url and baseUrl)", async () => {
    const seen: { url?: string; baseUrl?: string } = {};
    const { url, errors } = await serveApp(seen);

    const alice = await postJson(url, { flow: 'payment_method_update' }, { headers: as('session-alice') });
    const bob = await postJson(url, { flow: 'subscription_cancel', subscription: 'sub_bob' }, { headers: as('session-bob') });

    expect([alice.status, bob.status]).toEqual([200, 200]);
    expect(fake.requestsTo('sessions').map((request) => request.body.customer)).toEqual([ALICE, BOB]);
    expect(seen).toEqual({ url: '/billing/portal', baseUrl: '/api' });
    expect(errors).toEqual([]);
  });

  it('answers 401 without req.user, and 404 for a subscription of another user', async () => {
    const { url } = await serveApp();

    const anonymous = await postJson(url, { flow: 'payment_method_update' }, { headers: as('none') });
    const someoneElses = await postJson(url, { flow: 'subscription_cancel', subscription: 'sub_alice' }, { headers: as('session-bob') });

    expect([anonymous.status, someoneElses.status]).toEqual([401, 404]);
    expect(fake.requestsTo('sessions')).toHaveLength(0);
  });
});
