import { Hono } from 'hono';
import type { BillingProjection } from './billing-projection';
import type { DemoMode, RenderPage } from './page-data';
import type { PriceCatalog } from './price-catalog';
import { listDemoUsers, toSessionInfo } from './session-routes';
import type { StubAuth } from './stub-auth';

export interface PageRoutesOptions {
  auth: StubAuth;
  projection: BillingProjection;
  catalog: PriceCatalog;
  mode: DemoMode;
  appOrigin: string;
  renderPage: RenderPage;
}

/**
 * The two pages, rendered on the server with the data they start with, so they work before the
 * JavaScript loads (and without it: the portal form and the sign-in form are plain HTML forms).
 *
 * @example
 * app.route('/', createPageRoutes({ auth, projection, catalog, mode, appOrigin, renderPage: vite.renderPage }));
 */
export function createPageRoutes({ auth, projection, catalog, mode, appOrigin, renderPage }: PageRoutesOptions): Hono {
  const routes = new Hono();

  // One origin for everything: a page opened on another host name (127.0.0.1 for localhost) would get
  // no cookie back from the portal and fail the kit's origin check, so send it to the canonical one.
  routes.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    if (url.origin !== appOrigin) return c.redirect(`${appOrigin}${url.pathname}${url.search}`, 308);
    await next();
  });

  routes.get('/', async (c) => {
    if (await auth.currentUser(c.req.raw)) return c.redirect('/account', 303);
    const data = { session: toSessionInfo(mode, null), users: listDemoUsers(auth, projection) };
    return c.html(await renderPage({ url: c.req.url, page: 'sign-in', data }));
  });

  routes.get('/account', async (c) => {
    const user = await auth.currentUser(c.req.raw);
    const billing = user && projection.get(user.customerId);
    if (!user || !billing) return c.redirect('/', 303);
    const data = { session: toSessionInfo(mode, user), billing, plans: [...catalog.plans] };
    c.header('Cache-Control', 'no-store');
    return c.html(await renderPage({ url: c.req.url, page: 'account', data }));
  });
  return routes;
}
