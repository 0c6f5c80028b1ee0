import { createCheckoutHandler, createPortalLinkHandler, type PortalHandlerOptions } from '@portalkit/server';
import { toHonoHandler } from '@portalkit/server/hono';
import { Hono } from 'hono';
import type Stripe from 'stripe';
import type { CheckoutPlans } from './checkout-plans';
import type { DemoLogger } from './create-demo-app';
import { BILLING_RETURN_PATH, CHECKOUT_CANCELED_PATH, CHECKOUT_PATH, PAYMENT_METHOD_LINK_PATH } from './page-data';
import type { StubAuth } from './stub-auth';

export interface CheckoutRoutesOptions {
  stripe: Stripe;
  auth: StubAuth;
  checkoutPlans: CheckoutPlans;
  appOrigin: string;
  /** The portal handler's `afterCompletion`: the link's portal sends the customer back the same way. */
  afterCompletion: PortalHandlerOptions['afterCompletion'];
  /** Stripe's time in milliseconds, when it is not this machine's (the emulator's clock, once moved). */
  now?: () => number;
  logger: DemoLogger;
}

/**
 * The sign-up half of billing, with full paths (mount at `/`):
 *
 * - `POST /api/billing/checkout`: the kit's Checkout handler. The form (or button) names a plan key;
 *   the price, the customer and the URLs come from here. Stripe sends the customer to
 *   `/billing/success` (display only) or back to the account page.
 * - `GET /billing/portal/payment-method`: the stable link a dunning email carries. Every click makes a
 *   fresh portal session for the signed-in customer; signed out, it sends them to sign in.
 *
 * @example
 * app.route('/', createCheckoutRoutes({ stripe, auth, checkoutPlans, appOrigin, afterCompletion, logger }));
 */
export function createCheckoutRoutes(options: CheckoutRoutesOptions): Hono {
  const { stripe, auth, checkoutPlans, appOrigin, afterCompletion, now, logger } = options;
  const checkout = createCheckoutHandler({
    stripe,
    getCustomer: async (request) => {
      const user = await auth.currentUser(request);
      // Every demo user already maps to a Stripe customer; the app's user ID goes on the subscription's metadata.
      return user ? { customerId: user.customerId, appUserId: user.id } : null;
    },
    plans: checkoutPlans.plans,
    successUrl: `${appOrigin}/billing/success`,
    // Nothing in the URL for the account page to replay: the return route marks the browser's trip.
    cancelUrl: `${appOrigin}${CHECKOUT_CANCELED_PATH}`,
    // After the test clock moved, Stripe's (the emulator's) time is ahead of this machine's.
    ...(now ? { now } : {}),
    logger,
  });
  const paymentMethodLink = createPortalLinkHandler({
    stripe,
    getCustomerId: auth.getCustomerId,
    returnUrl: `${appOrigin}${BILLING_RETURN_PATH}`,
    flow: 'payment_method_update',
    signInUrl: `${appOrigin}/`,
    ...(afterCompletion ? { afterCompletion } : {}),
    logger,
  });

  const routes = new Hono();
  // `all`, not `post` / `get`: any other method gets the kit's own 405 with its `Allow` header.
  routes.all(CHECKOUT_PATH, toHonoHandler(checkout));
  routes.all(PAYMENT_METHOD_LINK_PATH, toHonoHandler(paymentMethodLink));
  return routes;
}
