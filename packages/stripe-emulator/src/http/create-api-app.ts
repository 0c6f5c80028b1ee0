import { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import { registerCatalogRoutes } from '../resources/catalog';
import { registerCheckoutSessionRoutes } from '../resources/checkout-sessions';
import { registerCustomerRoutes } from '../resources/customers';
import { registerEventRoutes } from '../resources/events';
import { registerInvoiceRoutes } from '../resources/invoices';
import { registerPaymentMethodRoutes } from '../resources/payment-methods';
import { registerPortalConfigurationRoutes } from '../resources/portal-configurations';
import { registerPortalSessionRoutes } from '../resources/portal-sessions';
import { registerSubscriptionRoutes } from '../resources/subscriptions';
import { hostGate, type HostCheck } from './allowed-hosts';
import type { ApiEnv } from './api-env';
import { apiGate, requestLog } from './api-middleware';
import type { idempotency } from './idempotency';
import { readParams } from './read-params';
import { errorResponse, unrecognizedUrl } from './respond';
import { isStripeApiError } from './stripe-error';

/** What the HTTP app is built from. */
export interface ApiAppOptions {
  context: EmulatorContext;
  apiKey: string;
  idempotency: ReturnType<typeof idempotency>;
  baseUrl: (request: Request) => string;
  /** The hosted portal and Checkout pages, mounted at the root (they answer `/p/...` and `/c/...`). */
  pages: Hono;
  /** Which `Host` names are answered; others get 421 (see {@link hostGate}). */
  hostCheck: HostCheck;
  /** Brings time-based state (scheduled cancellations, period ends) up to the clock before each request. */
  catchUp: () => void;
  log?: ((line: string) => void) | undefined;
}

/**
 * The emulator as one Hono app: a host check and a catch-up with the clock for every request, then
 * Stripe's v1 API under `/v1` (key check, version, form parsing, idempotency, then the resources) and
 * the portal pages beside it.
 */
export function createApiApp(options: ApiAppOptions): Hono<ApiEnv> {
  const { context } = options;
  const app = new Hono<ApiEnv>();
  app.use('*', requestLog(options.log), hostGate(options.hostCheck), async (_c, next) => {
    options.catchUp();
    await next();
  });
  app.use('/v1/*', apiGate(options.apiKey), readParams, options.idempotency.middleware);

  registerCustomerRoutes(app, context);
  registerCatalogRoutes(app, context);
  registerPaymentMethodRoutes(app, context);
  registerSubscriptionRoutes(app, context);
  registerPortalConfigurationRoutes(app, context);
  registerPortalSessionRoutes(app, context, options.baseUrl);
  registerCheckoutSessionRoutes(app, context, options.baseUrl);
  registerInvoiceRoutes(app, context);
  registerEventRoutes(app, context);

  app.get('/', (c) =>
    c.text(
      'Stripe emulator: an offline stand-in for part of the Stripe API. Not Stripe; no money moves.\nAPI: /v1 (Authorization: Bearer <key>). Portal sessions: /p/session/<token>. Checkout: /c/pay/<token>.\n',
    ),
  );
  app.route('/', options.pages);

  app.notFound((c) => (c.req.path.startsWith('/v1/') ? unrecognizedUrl(c.req.method, c.req.path) : c.text('Not found', 404)));
  app.onError((error) => {
    // A bug in the emulator should be visible even when request logging is off.
    if (!isStripeApiError(error))
      (options.log ?? console.error)(
        `[stripe-emulator] unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    return errorResponse(error);
  });
  return app;
}
