import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { BillingProjection, CustomerBilling } from '@portalkit/server';
import type { DemoMode, DemoUserChoice, PublicUser, SessionInfo } from './page-data';
import type { PriceCatalog } from './price-catalog';
import type { DemoUser, StubAuth } from './stub-auth';

export interface SessionRoutesOptions {
  auth: StubAuth;
  projection: BillingProjection;
  /** Names the plans in each user's one-line summary. */
  catalog: PriceCatalog;
  mode: DemoMode;
  /** The app's origin: sign-in and sign-out accept form posts from it only (no login CSRF). */
  appOrigin: string;
}

/** The browser's view of a user: never the customer ID. */
function toPublicUser(user: DemoUser): PublicUser {
  return { id: user.id, name: user.name, email: user.email };
}

/** The stub sign-in page's list, each with a line about the customer's billing. */
export async function listDemoUsers(
  auth: StubAuth,
  projection: BillingProjection,
  catalog: PriceCatalog,
): Promise<DemoUserChoice[]> {
  return Promise.all(
    auth.users.map(async (user) => ({
      ...toPublicUser(user),
      summary: summarize(await projection.getCustomerBilling(user.customerId), catalog),
    })),
  );
}

/** `GET /api/session` for the user `auth.currentUser()` found (read once per request: it checks the cookie's signature). */
export function toSessionInfo(mode: DemoMode, user: DemoUser | null): SessionInfo {
  return { mode, user: user ? toPublicUser(user) : null };
}

/**
 * Sign-in, sign-out and the list of demo users, under `/api`. Both posts are plain HTML forms
 * answered with `303 See Other`, so they work before (and without) JavaScript.
 *
 * @example
 * app.route('/api', createSessionRoutes({ auth, projection, catalog, mode, appOrigin: 'http://localhost:5173' }));
 */
export function createSessionRoutes({ auth, projection, catalog, mode, appOrigin }: SessionRoutesOptions): Hono {
  const routes = new Hono();
  // `/session/*` covers `/session` too: sign-in and sign-out accept forms from the app's origin only.
  routes.use('/session/*', csrf({ origin: appOrigin }));

  routes.get('/session', async (c) => c.json(toSessionInfo(mode, await auth.currentUser(c.req.raw))));
  routes.get('/demo/users', async (c) => c.json(await listDemoUsers(auth, projection, catalog)));

  routes.post('/session', async (c) => {
    const body = await c.req.parseBody();
    const user = typeof body.user === 'string' ? await auth.signIn(c, body.user) : null;
    return c.redirect(user ? '/account' : '/?error=unknown-user', 303);
  });

  routes.post('/session/sign-out', async (c) => {
    await auth.signOut(c);
    return c.redirect('/', 303);
  });
  return routes;
}

function summarize(billing: CustomerBilling, catalog: PriceCatalog): string {
  const live = billing.subscriptions.filter((subscription) => subscription.status !== 'canceled');
  const [only] = live;
  if (!only) return 'No subscription';
  if (live.length > 1) return `${live.length} subscriptions`;
  const price = only.items[0]?.price;
  return `${(price && catalog.find(price)?.productName) ?? 'Subscription'}, ${only.status.replace('_', ' ')}`;
}
