import type { PortalHandler } from '@portalkit/server';
import { toHonoHandler } from '@portalkit/server/hono';
import { Hono } from 'hono';
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
    if (!user) return c.json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } }, 401);
    const state = projection.get(user.customerId);
    if (!state) return c.json({ error: { code: 'NOT_FOUND', message: 'No billing record for this user.' } }, 404);
    return c.json(state);
  });

  routes.get('/plans', (c) => c.json(catalog.plans));

  // `all`, not `post`: a GET gets the kit's own 405 with `Allow: POST`.
  routes.all('/portal', toHonoHandler(portal));
  return routes;
}
