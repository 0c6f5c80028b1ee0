import { BillingError, type BillingStateResponse, isBillingError, isBillingVersionAfter } from '@portalkit/protocol';
import { errorResponse, notSetUpResponse } from '../core/error-response';
import { deferOptions, type LazyOptions } from '../core/lazy-options';
import type { PortalkitLogger } from '../core/portal-setting-types';
import type { ResolvedOptions } from '../core/resolve-options';
import { resolveCustomer } from '../core/resolve-customer';
import { createSafeLogger, isLoggerOption, LOGGER_OPTION_HINT, type SafeLogger } from '../core/safe-logger';
import { setupError } from '../core/setup-error';
import type { BillingProjection } from './create-billing-projection';
import { createLateWebhookTracker } from './late-webhook-tracker';

/**
 * Options for {@link createBillingStateHandler}.
 *
 * @typeParam TContext - The handler's second argument, passed to `getCustomerId` (Hono's `c`, ...).
 *
 * @example
 * const options: BillingStateHandlerOptions = { projection, getCustomerId: (request) => session(request)?.stripeCustomerId };
 */
export interface BillingStateHandlerOptions<TContext = unknown> {
  /** The projection to read, from `createBillingProjection()`. */
  projection: Pick<BillingProjection, 'getCustomerBilling' | 'reconcile'>;
  /** Your auth, as for `createPortalHandler`: the signed-in customer (`cus_...` or `acct_...`), or `null`. */
  getCustomerId: (request: Request, context: TContext) => string | null | undefined | Promise<string | null | undefined>;
  /**
   * How long a client may wait with `?since=<version>` and see nothing move before the handler
   * reads the customer's subscriptions from Stripe itself, once per customer and version.
   * @defaultValue `10000` (10 seconds)
   */
  reconcileAfterMs?: number;
  /** @defaultValue `console` */
  logger?: PortalkitLogger | false;
  /** The clock, in milliseconds. @defaultValue `Date.now` */
  now?: () => number;
}

const DEFAULT_RECONCILE_AFTER_MS = 10_000;
const VERSION = /^\d{1,30}$/;

/**
 * A Fetch handler (`GET` only) that answers the signed-in customer's billing state from the projection
 * as a {@link BillingStateResponse}, with `Cache-Control: no-store`. With `?since=<version>` (the
 * version the page showed before the customer left for the portal or Checkout) it says whether the
 * state moved past it (`changed`); when it has not moved `reconcileAfterMs` after the first such
 * question, the handler reads that customer's subscriptions from Stripe once, so a late or lost
 * webhook cannot leave the page waiting. Options may be a function, built on the first request (as
 * for `createPortalHandler`); if that fails, requests get `500 SERVER_MISCONFIGURED`.
 *
 * @example
 * const billingState = createBillingStateHandler({
 *   projection,
 *   getCustomerId: async (request) => (await auth(request))?.stripeCustomerId ?? null,
 * });
 * app.get('/api/billing/state', (c) => billingState(c.req.raw));
 */
export function createBillingStateHandler<TContext = unknown>(
  options: LazyOptions<BillingStateHandlerOptions<TContext>>,
): (request: Request, context?: TContext) => Promise<Response> {
  const deferred = deferOptions('createBillingStateHandler', options, resolveBillingStateOptions<TContext>);
  return async function billingStateHandler(request, context) {
    // Options given as a function are built here, on the first request; the reason they failed is logged.
    const resolved = deferred.current() ?? (await deferred.loadOrReport());
    if (resolved === undefined) return notSetUpResponse('The billing state handler', false);
    try {
      if (request.method !== 'GET') throw new BillingError('METHOD_NOT_ALLOWED', 'Use GET to read the billing state.');
      if (request.headers.get('sec-fetch-site') === 'cross-site') {
        throw new BillingError('CROSS_SITE_REQUEST', 'The billing state is only for pages of this app.');
      }
      const since = new URL(request.url).searchParams.get('since');
      if (since !== null && !VERSION.test(since)) {
        throw new BillingError('INVALID_REQUEST', 'since must be a version this endpoint answered with.', { param: 'since' });
      }
      const customer = await resolveCustomer(request, context as TContext, resolved.auth);
      return json(await readState(resolved, customer, since));
    } catch (error) {
      const response = errorResponse(toBillingError(error, resolved.logger), { html: false, backUrl: '/' });
      if (response.status === 405) response.headers.set('allow', 'GET');
      return response;
    }
  };
}

interface ResolvedBillingStateOptions<TContext> {
  projection: BillingStateHandlerOptions<TContext>['projection'];
  /** What `resolveCustomer` reads: the app's auth and the logger. */
  auth: ResolvedOptions<TContext>;
  logger: SafeLogger;
  tracker: ReturnType<typeof createLateWebhookTracker>;
}

function resolveBillingStateOptions<TContext>(
  options: BillingStateHandlerOptions<TContext>,
): ResolvedBillingStateOptions<TContext> {
  const { projection, getCustomerId } = options ?? ({} as BillingStateHandlerOptions<TContext>);
  if (typeof projection?.getCustomerBilling !== 'function' || typeof projection.reconcile !== 'function') {
    throw setupError('createBillingStateHandler', 'pass projection, from createBillingProjection({ stripe, store }).');
  }
  if (typeof getCustomerId !== 'function') {
    throw setupError(
      'createBillingStateHandler',
      "pass getCustomerId, a function that returns the signed-in customer's Stripe ID or null.",
    );
  }
  const afterMs = options.reconcileAfterMs ?? DEFAULT_RECONCILE_AFTER_MS;
  if (!Number.isFinite(afterMs) || afterMs < 0) {
    throw setupError('createBillingStateHandler', 'reconcileAfterMs must be a number of milliseconds, 0 or more.');
  }
  if (!isLoggerOption(options.logger)) throw setupError('createBillingStateHandler', LOGGER_OPTION_HINT);
  const logger = createSafeLogger(options.logger);
  const auth = { getCustomerId, logger } as unknown as ResolvedOptions<TContext>;
  return { projection, auth, logger, tracker: createLateWebhookTracker({ afterMs, now: options.now ?? Date.now }) };
}

async function readState<TContext>(
  { projection, tracker, logger }: ResolvedBillingStateOptions<TContext>,
  customer: string,
  since: string | null,
): Promise<BillingStateResponse> {
  let billing = await projection.getCustomerBilling(customer);
  const moved = (version: string) => since === null || isBillingVersionAfter(version, since);
  if (since !== null && !moved(billing.version) && tracker.isLate(customer, since)) {
    try {
      await projection.reconcile(customer);
      billing = await projection.getCustomerBilling(customer);
    } catch (error) {
      // The projection still answers; the next webhook (or Stripe's retry of a failed one) brings the news.
      logger.error('Reconciling a late billing state from Stripe failed.', { error });
    }
  }
  return { ...billing, changed: moved(billing.version) };
}

function json(body: BillingStateResponse): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

function toBillingError(error: unknown, logger: SafeLogger): BillingError {
  if (isBillingError(error)) return error;
  logger.error('The billing state handler failed unexpectedly.', { error });
  return new BillingError('INTERNAL_ERROR', 'Reading the billing state failed unexpectedly; the server log has the details.', {
    cause: error,
  });
}
