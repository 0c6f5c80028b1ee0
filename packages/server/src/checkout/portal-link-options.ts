import type { PortalHandlerOptions } from '../core/portal-handler-options';

/** The flows a link may open by GET: each changes nothing until the customer acts on Stripe's page. */
export type PortalLinkFlow = 'payment_method_update' | 'customer_update';

/**
 * Options for `createPortalLinkHandler`: the portal handler's session options, and the link's own.
 *
 * @example
 * const options: PortalLinkHandlerOptions = {
 *   stripe,
 *   getCustomerId: async (request) => (await getSession(request))?.stripeCustomerId ?? null,
 *   returnUrl: 'https://app.example.com/account',
 *   flow: 'payment_method_update',
 * };
 */
export interface PortalLinkHandlerOptions<TContext = unknown>
  extends Pick<
    PortalHandlerOptions<TContext>,
    | 'stripe'
    | 'getCustomerId'
    | 'returnUrl'
    | 'configuration'
    | 'locale'
    | 'onBehalfOf'
    | 'afterCompletion'
    | 'afterExpiration'
    | 'logger'
  > {
  /**
   * The page the link opens.
   * @defaultValue the portal homepage
   */
  flow?: PortalLinkFlow;
  /**
   * Where a click without a signed-in user is sent (`303`), e.g. your sign-in page with a `next` back to this link.
   * @defaultValue none: such a click gets `401 UNAUTHENTICATED`
   */
  signInUrl?: string;
  /**
   * Sessions one customer may open per minute; more get `429 RATE_LIMITED` with `Retry-After`.
   * @defaultValue 5
   */
  maxSessionsPerMinute?: number;
}

/**
 * A Fetch handler for a GET, as `createPortalLinkHandler` makes.
 *
 * @example
 * const handler: PortalLinkHandler = createPortalLinkHandler(options);
 */
export type PortalLinkHandler<TContext = unknown> = undefined extends TContext
  ? (request: Request, context?: TContext) => Promise<Response>
  : (request: Request, context: TContext) => Promise<Response>;
