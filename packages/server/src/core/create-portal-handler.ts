import { BillingError, isBillingError, isSubscriptionFlow } from '@portalkit/protocol';
import { bodyFormatOf, prefersHtml, wantsRedirect, type BodyFormat } from './body-format';
import { buildSessionParams } from './build-session-params';
import { checkOwnership, knownOwnership, notTheirs } from './check-ownership';
import { checkRequestOrigin } from './check-request-origin';
import { chooseConfiguration } from './choose-configuration';
import { errorResponse, notSetUpResponse } from './error-response';
import { deferOptions, type LazyOptions } from './lazy-options';
import { parseFormFields } from './parse-form-fields';
import { parseJsonBody } from './parse-json-body';
import { parsePortalRequest } from './parse-portal-request';
import type { PortalContext, PortalHandler, PortalHandlerOptions } from './portal-handler-options';
import { readBody } from './read-body';
import { resolveCustomer } from './resolve-customer';
import { resolveOptions, type ResolvedOptions } from './resolve-options';
import { resolveReturnTarget } from './resolve-return-target';
import type { SafeLogger } from './safe-logger';
import { sessionResponse } from './session-response';
import { stripeFailure } from './stripe-failure';

/**
 * Creates a Fetch handler that opens Stripe's Customer Portal for the signed-in customer: it checks
 * the request (method, origin, size, fields, return target), asks your auth for the customer, checks
 * the subscription is theirs, creates the session and answers with its single-use URL (`200 { url }`
 * to `fetch`, `303` to a plain form post). Options are checked now, so a wrong setup fails at start-up.
 *
 * Options can also be a function that returns them: it runs on the first request instead, so the
 * module can be imported where its secrets are not set (`next build`, a Docker build, Cloudflare
 * Workers' per-request `env`). Its result is kept; if it throws or the options are wrong, the request
 * gets `500 SERVER_MISCONFIGURED`, the reason goes to `console.error`, and the next request tries again.
 *
 * The handler takes an optional second argument, `context`, and hands it to `getCustomerId`,
 * `configuration` and `onSessionCreated`: the adapters pass Hono's `c`, Express's `req` or Node's
 * `IncomingMessage`, so your auth can read what its middleware found. Name its type with
 * `createPortalHandler<TContext>()` (or by annotating `getCustomerId`'s second parameter).
 *
 * @typeParam TContext - The handler's second argument. Defaults to `unknown`, which keeps it optional.
 *
 * @example
 * // app/api/billing/portal/route.ts (Next.js App Router)
 * export const POST = createPortalHandler({
 *   stripe: new Stripe(process.env.STRIPE_SECRET_KEY!),
 *   getCustomerId: async () => (await auth())?.user.stripeCustomerId ?? null,
 *   returnUrl: 'https://app.example.com/account',
 * });
 *
 * @example
 * // Built on the first request: `next build` imports this route without STRIPE_SECRET_KEY or APP_URL.
 * export const POST = createPortalHandler(() => ({
 *   stripe: new Stripe(process.env.STRIPE_SECRET_KEY!),
 *   getCustomerId: async () => (await auth())?.user.stripeCustomerId ?? null,
 *   returnUrl: `${process.env.APP_URL}/account`,
 * }));
 *
 * @example
 * // Hono: the user an auth middleware put on the context
 * const portal = createPortalHandler<Context<{ Variables: { user?: User } }>>({
 *   stripe,
 *   getCustomerId: (request, c) => c.get('user')?.stripeCustomerId ?? null,
 *   returnUrl: 'https://app.example.com/account',
 * });
 * app.all('/api/billing/portal', toHonoHandler(portal));
 */
export function createPortalHandler<TContext = unknown>(
  options: LazyOptions<PortalHandlerOptions<TContext>>,
): PortalHandler<TContext> {
  const deferred = deferOptions('createPortalHandler', options, resolveOptions<TContext>);
  async function portalHandler(request: Request, context?: TContext): Promise<Response> {
    const format = bodyFormatOf(request);
    // Options given as a function are built here, on the first request; the reason they failed is logged.
    const resolved = deferred.current() ?? (await deferred.loadOrReport());
    if (resolved === undefined) return notSetUpResponse('The portal handler', prefersHtml(request, format));
    try {
      // Optional only where `TContext` admits `undefined` (see PortalHandler), so this is what the types promise.
      const url = await createSessionUrl(request, context as TContext, format, resolved);
      return sessionResponse(url, wantsRedirect(request, format));
    } catch (error) {
      const billingError = toBillingError(error, resolved.logger);
      return errorResponse(billingError, { html: prefersHtml(request, format), backUrl: resolved.returnUrl });
    }
  }
  return portalHandler as PortalHandler<TContext>;
}

/*
 * The order matters: everything that needs no network call (method, origin, body, fields, return
 * target, allowed prices) comes first, so a bad request never reaches the app's auth or Stripe.
 */
async function createSessionUrl<TContext>(
  request: Request,
  context: TContext,
  format: BodyFormat,
  options: ResolvedOptions<TContext>,
): Promise<string> {
  if (request.method !== 'POST') throw new BillingError('METHOD_NOT_ALLOWED', 'Use POST to create a portal session.');
  checkRequestOrigin(request, options.allowedOrigins, options.logger);
  const text = await readBody(request, format, options);
  const fields = format === 'json' ? parseJsonBody(text) : parseFormFields(text);
  const portalRequest = parsePortalRequest(fields, format === 'form', options.allowedPrices);
  const returnTarget = resolveReturnTarget(portalRequest.returnTo, options);
  const customerId = await resolveCustomer(request, context, options);
  const { flow, subscription } = portalRequest;
  const portalContext: PortalContext<TContext> = { request, context, customerId, flow, subscription };
  // A fixed configuration (or none) is used as it is, without a turn of the event loop.
  const configuration =
    typeof options.configuration === 'function'
      ? await chooseConfiguration(options.configuration, portalContext, options.logger)
      : options.configuration;

  if (flow !== undefined && isSubscriptionFlow(flow)) {
    const subscriptionId = subscription as string;
    const known = await knownOwnership(options.ownsSubscription, customerId, subscriptionId, portalRequest.item, options.logger);
    if (known === false) throw notTheirs();
    // Known to be theirs: the session is the click's only Stripe call.
    if (known === undefined) {
      await checkOwnership(options.stripe, customerId, subscriptionId, portalRequest.item).catch(
        stripeFailure('retrieve_subscription', options.logger),
      );
    }
  }
  const params = buildSessionParams({ customerId, request: portalRequest, returnTarget, configuration, options });
  const session = await options.stripe.billingPortal.sessions
    .create(params)
    .catch(stripeFailure('create_session', options.logger));
  if (typeof session.url !== 'string' || !/^https?:\/\//i.test(session.url)) {
    options.logger.error('Stripe answered without an http(s) session URL.', { sessionId: session.id });
    throw new BillingError('INTERNAL_ERROR', 'Stripe answered without a portal URL.');
  }
  if (options.onSessionCreated) {
    try {
      // Built field by field, never from the session object: the callback must not see the URL.
      await options.onSessionCreated({ ...portalContext, sessionId: session.id, livemode: session.livemode });
    } catch (error) {
      // The session exists and the customer is waiting for it; a failed audit hook should not stop them.
      options.logger.error('onSessionCreated threw; the session was still returned.', { error });
    }
  }
  return session.url;
}

function toBillingError(error: unknown, logger: SafeLogger): BillingError {
  if (isBillingError(error)) return error;
  // Thrown by app code (getCustomerId, the configuration function) or by a bug of ours.
  logger.error('The portal handler failed unexpectedly.', { error });
  return new BillingError('INTERNAL_ERROR', 'Creating the portal session failed unexpectedly; the server log has the details.', {
    cause: error,
  });
}
