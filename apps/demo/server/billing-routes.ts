import { BillingError, type BillingErrorCode } from '@portalkit/protocol';
import type { PortalHandler } from '@portalkit/server';
import { toHonoHandler } from '@portalkit/server/hono';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { BillingProjection } from './billing-projection';
import type { PriceCatalog } from './price-catalog';
import type { StubAuth } from './stub-auth';

export interface BillingRoutesOptions {
  auth: StubAuth;
  projection: BillingProjection;
  catalog: PriceCatalog;
  /** The kit's handler, from `createPortalHandler()`. */
  portal: PortalHandler;
}

/**
 * The account page's API under `/api/billing`: the projected state, the plans, and the kit's portal
 * route. None of them takes a customer ID from the browser; the signed-in user decides.
 *
 * @example
 * app.route('/api/billing', createBillingRoutes({ auth, projection, catalog, portal: createPortalHandler(options) }));
 */
export function createBillingRoutes({ auth, projection, catalog, portal }: BillingRoutesOptions): Hono {
  const routes = new Hono();

  routes.get('/state', async (c) => {
    const user = await auth.currentUser(c.req.raw);
    if (!user) return errorJson(c, 'UNAUTHENTICATED', 'Sign in first.');
    const state = projection.get(user.customerId);
    if (!state) return errorJson(c, 'NOT_FOUND', 'No billing record for this user.');
    return c.json(state);
  });

  routes.get('/plans', (c) => c.json(catalog.plans));

  // `all`, not `post`: a GET gets the kit's own 405 with `Allow: POST`.
  routes.all('/portal', toHonoHandler(portal));
  return routes;
}

// The kit's error body, with the status its code table gives: the demo's API fails like the portal route.
function errorJson(c: Context, code: BillingErrorCode, message: string): Response {
  const error = new BillingError(code, message);
  return c.json(error.toJSON(), error.status as ContentfulStatusCode);
}
