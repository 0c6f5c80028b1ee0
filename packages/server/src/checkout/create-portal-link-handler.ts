import { BillingError, isBillingError } from '@portalkit/protocol';
import { buildSessionParams } from '../core/build-session-params';
import { chooseConfiguration } from '../core/choose-configuration';
import { errorResponse } from '../core/error-response';
import { parseHttpUrl } from '../core/parse-http-url';
import type { PortalContext } from '../core/portal-handler-options';
import { resolveCustomer } from '../core/resolve-customer';
import { resolveOptions } from '../core/resolve-options';
import { setupError } from '../core/setup-error';
import { stripeFailure } from '../core/stripe-failure';
import { checkNavigation } from './check-navigation';
import type { PortalLinkFlow, PortalLinkHandler, PortalLinkHandlerOptions } from './portal-link-options';
import { createRateLimiter } from './rate-limiter';

// Flows that change nothing until the customer acts on Stripe's page, so a forged click costs nothing.
const LINK_FLOWS: ReadonlySet<PortalLinkFlow | undefined> = new Set([undefined, 'payment_method_update', 'customer_update']);
const fail = (message: string) => setupError('createPortalLinkHandler', message);

/**
 * Creates a Fetch handler for a stable link such as `GET /billing/portal/payment-method`, to put in
 * a dunning email: every click creates a fresh portal session for the signed-in customer and answers
 * `303` to it, so the email never holds a session URL (they expire within minutes, and whoever holds
 * one is signed in to the portal).
 *
 * Why a GET is safe here, when the portal handler takes POST only: the link opens the portal homepage
 * or a page that changes nothing until the customer acts on it (updating a card or their details on
 * Stripe's own page, where another site cannot click for them). So a cross-site request can at most
 * open that page in the customer's own browser, which is what the email link does too, and email links
 * are cross-site navigations: refusing `Sec-Fetch-Site: cross-site` would break them. What is refused
 * is any request that is not a top-level navigation (`Sec-Fetch-Mode` other than `navigate`,
 * `Sec-Fetch-Dest` other than `document`), so another page cannot open sessions in the background or
 * frame the portal; and each customer gets at most `maxSessionsPerMinute` sessions (429 after that).
 * Nothing in the URL is read: the customer comes from your auth, the return URL from the options.
 * Session cookies must reach this GET from an email, so `SameSite=Lax` (not `Strict`).
 *
 * @example
 * app.get('/billing/portal/payment-method', toHonoHandler(createPortalLinkHandler({
 *   stripe,
 *   getCustomerId: (request, c) => c.get('user')?.stripeCustomerId ?? null,
 *   returnUrl: 'https://app.example.com/account',
 *   flow: 'payment_method_update',
 *   signInUrl: 'https://app.example.com/login?next=/billing/portal/payment-method',
 * })));
 */
export function createPortalLinkHandler<TContext = unknown>(
  options: PortalLinkHandlerOptions<TContext>,
): PortalLinkHandler<TContext> {
  const { flow, signInUrl, maxSessionsPerMinute = 5, ...portalOptions } = options ?? ({} as PortalLinkHandlerOptions<TContext>);
  if (!LINK_FLOWS.has(flow)) {
    throw fail('flow must be "payment_method_update", "customer_update" or left out (the homepage): only those may open by GET.');
  }
  const signIn = signInUrl === undefined ? undefined : parseHttpUrl(signInUrl)?.href;
  if (signInUrl !== undefined && signIn === undefined) throw fail('signInUrl must be an absolute http(s) URL.');
  if (!Number.isSafeInteger(maxSessionsPerMinute) || maxSessionsPerMinute < 1) {
    throw fail('maxSessionsPerMinute must be a whole number of at least 1.');
  }
  const resolved = resolveLinkOptions(portalOptions);
  const limiter = createRateLimiter({ limit: maxSessionsPerMinute, windowMs: 60_000 });
  const html = (request: Request) => request.headers.get('accept')?.toLowerCase().includes('text/html') ?? false;

  async function portalLinkHandler(request: Request, context?: TContext): Promise<Response> {
    try {
      if (request.method !== 'GET') throw new BillingError('METHOD_NOT_ALLOWED', 'This link only opens by GET.');
      checkNavigation(request, resolved.logger);
      const customerId = await resolveCustomer(request, context as TContext, resolved).catch((error: unknown) => {
        if (signIn !== undefined && isBillingError(error) && error.code === 'UNAUTHENTICATED') return null;
        throw error;
      });
      if (customerId === null) return redirect(signIn as string);
      const retryAfter = limiter.take(customerId);
      if (retryAfter !== undefined) {
        throw new BillingError('RATE_LIMITED', 'Too many portal sessions for this customer; try again shortly.', { retryAfter });
      }
      const portalContext: PortalContext<TContext> = {
        request,
        context: context as TContext,
        customerId,
        flow,
        subscription: undefined,
      };
      const configuration =
        typeof resolved.configuration === 'function'
          ? await chooseConfiguration(resolved.configuration, portalContext, resolved.logger)
          : resolved.configuration;
      const portalRequest = { flow, subscription: undefined, item: undefined, returnTo: undefined, locale: undefined };
      const params = buildSessionParams({
        customerId,
        request: portalRequest,
        returnTarget: resolved.returnUrl,
        configuration,
        options: resolved,
      });
      const session = await resolved.stripe.billingPortal.sessions
        .create(params)
        .catch(stripeFailure('create_session', resolved.logger));
      if (typeof session.url !== 'string' || !/^https?:\/\//i.test(session.url)) {
        throw new BillingError('INTERNAL_ERROR', 'Stripe answered without a portal URL.');
      }
      return redirect(session.url);
    } catch (error) {
      const billingError = isBillingError(error) ? error : unexpected(error, resolved.logger);
      const response = errorResponse(billingError, { html: html(request), backUrl: resolved.returnUrl });
      if (billingError.code === 'METHOD_NOT_ALLOWED') response.headers.set('allow', 'GET');
      return response;
    }
  }
  return portalLinkHandler as PortalLinkHandler<TContext>;
}

function redirect(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}

function unexpected(error: unknown, logger: { error(message: string, context?: Record<string, unknown>): void }): BillingError {
  logger.error('The portal link handler failed unexpectedly.', { error });
  return new BillingError('INTERNAL_ERROR', 'Opening billing failed unexpectedly; the server log has the details.', {
    cause: error,
  });
}

/* The portal handler's own option checks, named after this function in what they throw. */
function resolveLinkOptions<TContext>(
  options: Omit<PortalLinkHandlerOptions<TContext>, 'flow' | 'signInUrl' | 'maxSessionsPerMinute'>,
) {
  try {
    return resolveOptions<TContext>(options);
  } catch (error) {
    if (error instanceof TypeError) throw fail(error.message.replace(/^createPortalHandler\(\): /, ''));
    throw error;
  }
}
