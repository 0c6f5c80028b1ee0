import { BillingError, isBillingError } from '@portalkit/protocol';
import { bodyFormatOf, prefersHtml, wantsRedirect, type BodyFormat } from '../core/body-format';
import { checkRequestOrigin } from '../core/check-request-origin';
import { errorResponse, notSetUpResponse } from '../core/error-response';
import { deferOptions, type LazyOptions } from '../core/lazy-options';
import { parseFormFields } from '../core/parse-form-fields';
import { parseJsonBody } from '../core/parse-json-body';
import { readBody } from '../core/read-body';
import { sessionResponse } from '../core/session-response';
import { buildCheckoutParams } from './build-checkout-params';
import { createDedupedSession } from './create-deduped-session';
import type { CheckoutHandler, CheckoutHandlerOptions } from './checkout-handler-options';
import { checkNotSubscribed } from './check-not-subscribed';
import { parseCheckoutRequest } from './parse-checkout-request';
import { resolveCheckoutCustomer } from './resolve-checkout-customer';
import { resolveCheckoutOptions, type ResolvedCheckoutOptions } from './resolve-checkout-options';
import { createSingleFlight } from './single-flight';

/**
 * Creates a Fetch handler that starts Stripe Checkout (subscription mode) for the signed-in user, on the
 * same contract as `createPortalHandler`: POST only, JSON or a form (answered with `303`), origin
 * checks, size and field rules, `Cache-Control: no-store`, Stripe errors mapped to our codes.
 *
 * The browser names a plan key and nothing else that matters: price, customer, URLs, trial and
 * promotion codes come from the server. A new customer is created once per app user (an idempotency
 * key from `appUserId`) and handed to `onCustomerCreated`; a customer with a live subscription to any
 * of the plans gets `409 ALREADY_SUBSCRIBED` before a session is made; and concurrent requests for the
 * same customer and plan (a double click) share one session.
 *
 * The success page is for display only: provision from the `checkout.session.completed` and
 * `invoice.paid` webhooks (see `createWebhookHandler`), and read the page's summary with `readCheckoutSummary`.
 *
 * @example
 * export const POST = createCheckoutHandler({
 *   stripe: new Stripe(process.env.STRIPE_SECRET_KEY!),
 *   getCustomer: async () => {
 *     const user = (await auth())?.user;
 *     if (!user) return null;
 *     return user.stripeCustomerId
 *       ? { customerId: user.stripeCustomerId, appUserId: user.id }
 *       : { create: { email: user.email, appUserId: user.id } };
 *   },
 *   onCustomerCreated: ({ customerId, appUserId }) => db.users.update(appUserId, { stripeCustomerId: customerId }),
 *   plans: { pro_monthly: { price: 'price_123', trialDays: 14 } },
 *   successUrl: 'https://app.example.com/billing/success',
 *   cancelUrl: 'https://app.example.com/pricing',
 * });
 */
export function createCheckoutHandler<TContext = unknown>(
  options: LazyOptions<CheckoutHandlerOptions<TContext>>,
): CheckoutHandler<TContext> {
  const deferred = deferOptions('createCheckoutHandler', options, resolveCheckoutOptions<TContext>);
  const creations = createSingleFlight<string>();
  const sessions = createSingleFlight<string>();
  async function checkoutHandler(request: Request, context?: TContext): Promise<Response> {
    const format = bodyFormatOf(request);
    const resolved = deferred.current() ?? (await deferred.loadOrReport());
    if (resolved === undefined) return notSetUpResponse('The Checkout handler', prefersHtml(request, format));
    try {
      const url = await createSessionUrl(request, context as TContext, format, resolved, { creations, sessions });
      return sessionResponse(url, wantsRedirect(request, format));
    } catch (error) {
      const billingError = toBillingError(error, resolved);
      return errorResponse(billingError, { html: prefersHtml(request, format), backUrl: resolved.cancelUrl });
    }
  }
  return checkoutHandler as CheckoutHandler<TContext>;
}

interface Flights {
  creations: ReturnType<typeof createSingleFlight<string>>;
  sessions: ReturnType<typeof createSingleFlight<string>>;
}

/* Everything that needs no network call comes first, so a bad request never reaches the app's auth or Stripe. */
async function createSessionUrl<TContext>(
  request: Request,
  context: TContext,
  format: BodyFormat,
  options: ResolvedCheckoutOptions<TContext>,
  flights: Flights,
): Promise<string> {
  if (request.method !== 'POST') throw new BillingError('METHOD_NOT_ALLOWED', 'Use POST to start Checkout.');
  checkRequestOrigin(request, options.allowedOrigins, options.logger);
  const text = await readBody(request, format, options);
  const fields = format === 'json' ? parseJsonBody(text) : parseFormFields(text);
  const checkoutRequest = parseCheckoutRequest(fields, format === 'form', options.plans);
  const buyer = await resolveCheckoutCustomer(request, context, options, flights.creations);
  // The quantity is part of the key: a click for 5 seats must not be answered with a session for 3.
  const key = `${buyer.customerId}\u0000${checkoutRequest.planKey}\u0000${checkoutRequest.quantity}`;
  return flights.sessions.run(key, async () => {
    await checkNotSubscribed(options.stripe, buyer.customerId, options.planPrices, options.logger);
    const params = buildCheckoutParams(buyer, checkoutRequest, options);
    // Another instance taking the same click gets the same session (see checkout-dedupe.ts).
    const session = await createDedupedSession(options.stripe, params, options.logger);
    if (typeof session.url !== 'string' || !/^https?:\/\//i.test(session.url)) {
      options.logger.error('Stripe answered without an http(s) Checkout URL.', { sessionId: session.id });
      throw new BillingError('INTERNAL_ERROR', 'Stripe answered without a Checkout URL.');
    }
    return session.url;
  });
}

function toBillingError(error: unknown, options: ResolvedCheckoutOptions<never>): BillingError {
  if (isBillingError(error)) return error;
  // Thrown by app code (getCustomer, onCustomerCreated) or by a bug of ours.
  options.logger.error('The Checkout handler failed unexpectedly.', { error });
  return new BillingError('INTERNAL_ERROR', 'Starting Checkout failed unexpectedly; the server log has the details.', {
    cause: error,
  });
}
