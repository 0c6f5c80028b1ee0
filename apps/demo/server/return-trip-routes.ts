import type { BillingProjection } from '@portalkit/server';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { takeBillingSnapshot } from '../src/billing-snapshot';
import {
  BILLING_RETURN_PATH,
  CHECKOUT_CANCELED_PATH,
  CHECKOUT_PATH,
  PAYMENT_METHOD_LINK_PATH,
  RETURN_TRIP_PATH,
} from './page-data';
import { checkWithStripe } from './check-with-stripe';
import type { DemoLogger } from './create-demo-app';
import type { PlanState } from './price-catalog';
import type { ReturnTripCookie } from './return-trip-cookie';
import { settleReturnTrip } from './settle-return-trip';
import type { StubAuth } from './stub-auth';

export interface ReturnTripRoutesOptions {
  auth: StubAuth;
  projection: BillingProjection;
  trips: ReturnTripCookie;
  /** Names the plans in what the notice says. */
  plans: readonly PlanState[];
  logger: DemoLogger;
}

/** Where the kit's handlers send the customer to Stripe, and through which Stripe page. */
const DEPARTURES = [
  ['/api/billing/portal', 'portal'],
  [PAYMENT_METHOD_LINK_PATH, 'portal'],
  [CHECKOUT_PATH, 'checkout'],
] as const;

/**
 * The round trip to Stripe, with full paths (mount at `/`, before the kit's routes):
 *
 * - around the kit's portal, Checkout and stable-link handlers: once one has answered with a session
 *   (`200 { url }`, or `303` for a form or the link), the browser keeps what the page showed then;
 * - `GET /billing/return` (the portal's return URL) and `GET /billing/checkout/canceled` (Checkout's
 *   cancel URL) mark that trip as back, and send the browser on with nothing in the URL to replay;
 *   back from the portal signed in, the customer's billing is first read from Stripe's API, so the
 *   account page knows at once whether anything changed (a late webhook no longer leaves it waiting);
 * - `GET /api/billing/return-trip`: what the account page says about it; `DELETE` once it said it.
 *
 * The redirects prove nothing (anyone can type them), so nothing is read from them: what the page
 * says changed comes from comparing the projection (fed by verified webhooks, and by Stripe's API
 * on return) with the snapshot.
 *
 * @example
 * app.route('/', createReturnTripRoutes({ auth, projection, trips, plans: offers }));
 */
export function createReturnTripRoutes({ auth, projection, trips, plans, logger }: ReturnTripRoutesOptions): Hono {
  const routes = new Hono();

  const rememberDeparture =
    (via: 'portal' | 'checkout'): MiddlewareHandler =>
    async (c, next) => {
      await next();
      // Only a session made: a refusal, an error or the link's sign-in redirect (nobody signed in) is no trip.
      if (c.res.status !== 200 && c.res.status !== 303) return;
      const user = await auth.currentUser(c.req.raw);
      if (!user) return;
      const before = takeBillingSnapshot(await projection.getCustomerBilling(user.customerId));
      const trip = {
        userId: user.id,
        via,
        leftAt: Date.now(),
        returnedAt: null,
        checkoutCanceled: false,
        returnedSignedOut: false,
        checkedWithStripe: false,
        before,
      };
      const cookie = await trips.write(trip);
      if (cookie) c.header('Set-Cookie', cookie, { append: true });
    };
  for (const [path, via] of DEPARTURES) routes.use(path, rememberDeparture(via));

  const markReturned = async (c: Context, checkoutCanceled: boolean) => {
    const user = await auth.currentUser(c.req.raw);
    const trip = await trips.read(c.req.raw);
    // Marked once: coming through again (the portal's link, from history) does not restart the wait.
    if (trip && trip.returnedAt === null) {
      // Only for the user who left, and only after the portal: a canceled Checkout changed nothing.
      const checkedWithStripe =
        user !== null && user.id === trip.userId && trip.via === 'portal' && !checkoutCanceled
          ? await checkWithStripe(projection, user.customerId, logger)
          : false;
      const returned = { returnedAt: Date.now(), checkoutCanceled, returnedSignedOut: !user, checkedWithStripe };
      const cookie = await trips.write({ ...trip, ...returned });
      if (cookie) c.header('Set-Cookie', cookie, { append: true });
    }
    c.header('Cache-Control', 'no-store');
    // No query string: a reload, or the URL shared, has nothing to replay.
    return c.redirect(user ? '/account' : '/', 303);
  };
  routes.get(BILLING_RETURN_PATH, (c) => markReturned(c, false));
  routes.get(CHECKOUT_CANCELED_PATH, (c) => markReturned(c, true));

  routes.get(RETURN_TRIP_PATH, async (c) => {
    const user = await auth.currentUser(c.req.raw);
    const billing = user ? await projection.getCustomerBilling(user.customerId) : null;
    const { notice, setCookie } = await settleReturnTrip({ trips, request: c.req.raw, user, billing, plans });
    if (setCookie) c.header('Set-Cookie', setCookie, { append: true });
    return c.json(notice);
  });

  // `?left=` names the trip the page showed: a newer departure (from another tab) is kept.
  routes.delete(RETURN_TRIP_PATH, async (c) => {
    const user = await auth.currentUser(c.req.raw);
    const trip = await trips.read(c.req.raw);
    if (user && trip?.userId === user.id && String(trip.leftAt) === c.req.query('left')) {
      c.header('Set-Cookie', trips.clear(), { append: true });
    }
    return c.body(null, 204);
  });
  return routes;
}
