import type { BillingProjection } from '@portalkit/server';
import { Hono } from 'hono';
import type { PlanOffer } from './checkout-plans';
import type { CheckoutSuccessData } from './checkout-success';
import type { DemoMode, RenderPage } from './page-data';
import type { PriceCatalog } from './price-catalog';
import type { ReturnTripCookie } from './return-trip-cookie';
import { settleReturnTrip } from './settle-return-trip';
import { listDemoUsers, toSessionInfo } from './session-routes';
import type { StubAuth } from './stub-auth';

export interface PageRoutesOptions {
  auth: StubAuth;
  projection: BillingProjection;
  catalog: PriceCatalog;
  offers: readonly PlanOffer[];
  mode: DemoMode;
  appOrigin: string;
  renderPage: RenderPage;
  /** What the signed-in customer bought in the success URL's Checkout Session; null when it is not theirs. */
  loadPurchase(sessionId: unknown, customerId: string): Promise<CheckoutSuccessData | null>;
  /** The browser's trip to Stripe, which the sign-in and account pages have a word about. */
  trips: ReturnTripCookie;
}

/**
 * The pages (sign-in, account, Checkout success, and a 404 page for any other address), rendered on the server with the data they start
 * with, so they work before the JavaScript loads (and without it: the portal, plan and sign-in forms
 * are plain HTML forms).
 *
 * @example
 * app.route('/', createPageRoutes({ auth, projection, catalog, offers, mode, appOrigin, renderPage: vite.renderPage, loadPurchase }));
 */
export function createPageRoutes(options: PageRoutesOptions): Hono {
  const { auth, projection, catalog, offers, mode, appOrigin, renderPage, loadPurchase, trips } = options;
  // What the billing-state handler would answer without `?since=`: the page starts with the same JSON.
  const billingOf = async (customerId: string) => ({ ...(await projection.getCustomerBilling(customerId)), changed: true });
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
    // Back from the portal signed out: the sign-in page says the change is saved.
    const { notice } = await settleReturnTrip({ trips, request: c.req.raw, user: null, billing: null, plans: offers });
    const data = {
      session: toSessionInfo(mode, null),
      users: await listDemoUsers(auth, projection, catalog),
      returnNotice: notice,
    };
    c.header('Cache-Control', 'no-store');
    return c.html(await renderPage({ url: c.req.url, page: 'sign-in', data }));
  });

  routes.get('/account', async (c) => {
    const user = await auth.currentUser(c.req.raw);
    if (!user) return c.redirect('/', 303);
    const billing = await billingOf(user.customerId);
    // What changed since the customer left for Stripe, said once: this render forgets the trip once it says it.
    const { notice, setCookie } = await settleReturnTrip({ trips, request: c.req.raw, user, billing, plans: offers });
    if (setCookie) c.header('Set-Cookie', setCookie, { append: true });
    const data = { session: toSessionInfo(mode, user), billing, plans: [...offers], returnNotice: notice };
    c.header('Cache-Control', 'no-store');
    return c.html(await renderPage({ url: c.req.url, page: 'account', data }));
  });

  // Display only: the page shows what was bought and waits for the webhook; it provisions nothing.
  routes.get('/billing/success', async (c) => {
    const user = await auth.currentUser(c.req.raw);
    if (!user) return c.redirect('/', 303);
    const billing = await billingOf(user.customerId);
    const purchase = await loadPurchase(c.req.query('session_id'), user.customerId);
    const data = { session: toSessionInfo(mode, user), billing, plans: [...offers], purchase };
    c.header('Cache-Control', 'no-store');
    const html = await renderPage({ url: c.req.url, page: 'checkout-success', data });
    return c.html(html, purchase ? 200 : 404);
  });

  // Any other page address: the site's own 404 page, with its header and a way home. The API and the
  // webhook route keep Hono's plain 404: their callers are programs.
  routes.get('*', async (c) => {
    if (/^\/(api|webhooks)(\/|$)/.test(c.req.path)) return c.notFound();
    const user = await auth.currentUser(c.req.raw);
    const html = await renderPage({ url: c.req.url, page: 'not-found', data: { session: toSessionInfo(mode, user) } });
    c.header('Cache-Control', 'no-store');
    return c.html(html, 404);
  });
  return routes;
}
