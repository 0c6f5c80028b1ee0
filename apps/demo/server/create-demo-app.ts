import { type BillingProjection, createPortalHandler, createWebhookHandler } from '@portalkit/server';
import { PORTAL_FLOWS } from '@portalkit/protocol';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type Stripe from 'stripe';
import { loadCheckoutSuccess } from './checkout-success';
import { createBillingRoutes } from './billing-routes';
import { createCheckoutPlans, type CheckoutPlans } from './checkout-plans';
import { createCheckoutRoutes } from './checkout-routes';
import type { DemoDatabase } from './database/open-demo-database';
import { createDemoBilling } from './demo-billing';
import { createPageRoutes } from './page-routes';
import { BILLING_RETURN_PATH, type DemoMode, type RenderPage } from './page-data';
import type { PriceCatalog } from './price-catalog';
import { readStripeSnapshot } from './read-stripe-snapshot';
import { createReturnTripCookie } from './return-trip-cookie';
import { createReturnTripRoutes } from './return-trip-routes';
import { createSessionRoutes } from './session-routes';
import { createStubAuth, type StubAuth } from './stub-auth';
import { createTestClockRoutes, type DemoTestClock } from './test-clock-routes';

/** Where the demo server reports what happens. `console` fits. */
export interface DemoLogger {
  info(message: string): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export interface DemoAppOptions {
  /** A Stripe client: the real API in test mode, or one pointed at the emulator. */
  stripe: Stripe;
  /** The webhook endpoint's signing secret (`whsec_...`). */
  webhookSecret: string;
  /** The app's own origin as the browser sees it, e.g. `http://localhost:5173`. */
  appUrl: string;
  /** Set when the demo runs against the in-process emulator, so the page can say so. */
  emulatorInfo?: { url: string };
  /** Where the projection and the webhook event store live: from `openDemoDatabase()`, migrated at start. */
  database: DemoDatabase;
  /** Stripe starts over with this process (the in-process emulator): forget what the tables say about the last one. @defaultValue false */
  stripeStartsOver?: boolean;
  /** Signs the stub-auth cookie. At least 32 characters. */
  cookieSecret: string;
  /** The coupon offered to customers who start to cancel. @defaultValue none */
  retentionCoupon?: string;
  /** Renders the pages; without it, only the API and webhook routes exist (server-level tests). */
  renderPage?: RenderPage;
  /** @defaultValue `console` */
  logger?: DemoLogger;
  /** How many customers to offer on the sign-in page. @defaultValue `6` */
  customerLimit?: number;
  /** The emulator's clock, to let a customer jump to their next renewal; none with a real Stripe account. */
  testClock?: DemoTestClock;
}

/** The demo's server: the Hono app and the parts tests look at. */
export interface DemoApp {
  app: Hono;
  auth: StubAuth;
  projection: BillingProjection;
  catalog: PriceCatalog;
  checkoutPlans: CheckoutPlans;
}

/**
 * Builds the demo's server: migrates the database, reads each demo customer's billing from Stripe
 * into the kit's projection (kept there, in the database), then serves
 *
 * - `/api/session`, `/api/demo/users`: the stub sign-in;
 * - `/api/billing/state` (the kit's billing-state handler), `/api/billing/plans`, `/api/billing/portal` (the kit's portal handler);
 * - `/api/billing/checkout` and `/billing/portal/payment-method` (the kit's Checkout and stable-link handlers);
 * - `/api/demo/clock/next-renewal`, when `testClock` is given;
 * - `/webhooks/stripe` (the kit's webhook handler, feeding the projection);
 * - `/billing/return` and `/billing/checkout/canceled`, where the portal and Checkout send customers
 *   back (`createReturnTripRoutes`: what changed comes from the projection, never from the redirect);
 * - `/`, `/account` and `/billing/success`, when `renderPage` is given.
 *
 * @example
 * const database = await openDemoDatabase({ kind: 'pglite', dataDir: '.data' });
 * const { app } = await createDemoApp({ stripe, webhookSecret, appUrl: 'http://localhost:5173', database, cookieSecret });
 * serve({ fetch: app.fetch, port: 5173 });
 */
export async function createDemoApp(options: DemoAppOptions): Promise<DemoApp> {
  const { stripe, webhookSecret, appUrl, emulatorInfo, cookieSecret, retentionCoupon, renderPage, testClock } = options;
  const logger = options.logger ?? console;
  const appOrigin = new URL(appUrl).origin;
  const mode: DemoMode = emulatorInfo ? { kind: 'emulator', emulatorUrl: emulatorInfo.url } : { kind: 'stripe' };

  const { catalog, customers } = await readStripeSnapshot(stripe, { customerLimit: options.customerLimit ?? 6 });
  const { projection, eventStore } = await createDemoBilling({
    stripe,
    database: options.database,
    customerIds: customers.map((customer) => customer.id),
    stripeStartsOver: options.stripeStartsOver ?? false,
  });
  const checkoutPlans = createCheckoutPlans(catalog);

  const auth = createStubAuth({
    users: customers.map((customer, index) => ({
      id: `demo-user-${index + 1}`,
      customerId: customer.id,
      name: customer.name ?? customer.email ?? `Customer ${index + 1}`,
      email: customer.email ?? null,
    })),
    secret: cookieSecret,
    secure: appOrigin.startsWith('https:'),
  });
  const trips = createReturnTripCookie({ secret: cookieSecret, secure: appOrigin.startsWith('https:') });

  // Every flow comes straight back to the app, which then waits for the webhook, not for the redirect.
  const afterCompletion = Object.fromEntries(PORTAL_FLOWS.map((flow) => [flow, { type: 'redirect' } as const]));
  const portal = createPortalHandler({
    stripe,
    getCustomerId: auth.getCustomerId,
    returnUrl: `${appOrigin}${BILLING_RETURN_PATH}`,
    allowedOrigins: [appOrigin],
    afterCompletion,
    ...(retentionCoupon ? { retentionCoupon } : {}),
    allowedPrices: catalog.plans.map((plan) => plan.priceId),
    // The projection knows who owns each subscription, so a click costs one Stripe call (the session), not two.
    ownsSubscription: projection.ownsSubscription,
    logger,
    // An audit line per session: the session's ID, never its URL (a bearer credential).
    onSessionCreated: ({ sessionId, customerId, flow }) =>
      logger.info(`portal session ${sessionId} for ${customerId} (${flow ?? 'homepage'})`),
  });

  const webhook = createWebhookHandler({
    stripe,
    secret: webhookSecret,
    // In the database: a delivery that arrives twice, or again after a restart, runs once.
    store: eventStore,
    on: { ...projection.on },
    logger,
  });

  const app = new Hono();
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.route('/api', createSessionRoutes({ auth, projection, catalog, mode, appOrigin }));
  // Before the kit's routes: it wraps them, to remember what the page showed when a session was made.
  app.route('/', createReturnTripRoutes({ auth, projection, trips, plans: checkoutPlans.offers, logger }));
  const loadPurchase = (sessionId: unknown, customerId: string) =>
    loadCheckoutSuccess({ stripe, catalog, sessionId, customerId, logger });
  app.route(
    '/api/billing',
    createBillingRoutes({ auth, projection, offers: checkoutPlans.offers, portal, loadPurchase, logger }),
  );
  const stripeNow = testClock ? () => testClock.now() * 1000 : undefined;
  app.route(
    '/',
    createCheckoutRoutes({
      stripe,
      auth,
      checkoutPlans,
      appOrigin,
      afterCompletion,
      logger,
      ...(stripeNow ? { now: stripeNow } : {}),
    }),
  );
  if (testClock) app.route('/', createTestClockRoutes({ auth, projection, clock: testClock, appOrigin }));
  app.post('/webhooks/stripe', (c) => webhook(c.req.raw));

  if (renderPage) {
    app.route(
      '/',
      createPageRoutes({
        auth,
        projection,
        catalog,
        offers: checkoutPlans.offers,
        mode,
        appOrigin,
        renderPage,
        loadPurchase,
        trips,
      }),
    );
  }
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    logger.error('demo: request failed', { path: c.req.path, error });
    return c.text('Something went wrong on the demo server.', 500);
  });
  return { app, auth, projection, catalog, checkoutPlans };
}
