import { BillingError, type BillingErrorCode } from '@portalkit/protocol';
import { type BillingProjection, createBillingStateHandler, type PortalHandler } from '@portalkit/server';
import { toHonoHandler } from '@portalkit/server/hono';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { PlanOffer } from './checkout-plans';
import type { CheckoutSuccessData } from './checkout-success';
import type { DemoLogger } from './create-demo-app';
import type { StubAuth } from './stub-auth';

export interface BillingRoutesOptions {
  auth: StubAuth;
  projection: BillingProjection;
  /** The plans Checkout sells, with their keys (from the server's plans map). */
  offers: readonly PlanOffer[];
  /** The kit's handler, from `createPortalHandler()`. */
  portal: PortalHandler;
  /** What a Checkout Session bought, for its own customer only (null otherwise). */
  loadPurchase(sessionId: unknown, customerId: string): Promise<CheckoutSuccessData | null>;
  logger: DemoLogger;
}

/**
 * The account page's API under `/api/billing`: the projected state (the kit's billing-state handler,
 * with `?since=` for a page waiting for a webhook), the plans (with their Checkout
 * keys), the success page's purchase, and the kit's portal route. None of them takes a customer ID from the browser; the signed-in user decides.
 *
 * @example
 * app.route('/api/billing', createBillingRoutes({ auth, projection, offers, portal: createPortalHandler(options), loadPurchase, logger }));
 */
export function createBillingRoutes({ auth, projection, offers, portal, loadPurchase, logger }: BillingRoutesOptions): Hono {
  const routes = new Hono();

  // `all`, not `get`: any other method gets the kit's own 405 with `Allow: GET`.
  const state = createBillingStateHandler({ projection, getCustomerId: auth.getCustomerId, logger });
  routes.all('/state', (c) => state(c.req.raw));

  // The plans map's keys with what to show for each; the prices behind them stay the server's to choose.
  routes.get('/plans', (c) => c.json(offers));

  // The success page's purchase; the session ID is the URL's, so another customer's session is a 404.
  routes.get('/purchase', async (c) => {
    const user = await auth.currentUser(c.req.raw);
    if (!user) return errorJson(c, 'UNAUTHENTICATED', 'Sign in first.');
    const purchase = await loadPurchase(c.req.query('session_id'), user.customerId);
    return purchase ? c.json(purchase) : errorJson(c, 'NOT_FOUND', 'No such purchase for the signed-in customer.');
  });

  // `all`, not `post`: a GET gets the kit's own 405 with `Allow: POST`.
  routes.all('/portal', toHonoHandler(portal));
  return routes;
}

// The kit's error body, with the status its code table gives: the demo's API fails like the portal route.
function errorJson(c: Context, code: BillingErrorCode, message: string): Response {
  const error = new BillingError(code, message);
  return c.json(error.toJSON(), error.status as ContentfulStatusCode);
}
