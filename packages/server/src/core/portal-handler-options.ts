import type { PortalFlow, PortalLocale } from '@portalkit/protocol';
import type Stripe from 'stripe';
import type { AfterCompletion, AfterExpiration, PortalDiscount, PortalkitLogger } from './portal-setting-types';

export type { AfterCompletion, AfterExpiration, PortalDiscount, PortalLogger } from './portal-setting-types';

/**
 * The part of a `stripe` client the handler uses. A real `new Stripe(key)` fits, including one from
 * another copy of the SDK.
 *
 * @example
 * const stripe: PortalStripeClient = new Stripe(process.env.STRIPE_SECRET_KEY!);
 */
export interface PortalStripeClient {
  billingPortal: { sessions: Pick<Stripe['billingPortal']['sessions'], 'create'> };
  subscriptions: Pick<Stripe['subscriptions'], 'retrieve'>;
}

/**
 * Tells whether a subscription belongs to a customer from the app's own records, such as the billing
 * projection's `ownsSubscription`: `true` when it does (and has the item, when `itemId` is given),
 * `false` when it belongs to someone else, `undefined` when the records do not know.
 *
 * @example
 * const ownsSubscription: OwnsSubscription = (customerId, subscriptionId) => projection.ownsSubscription(customerId, subscriptionId);
 */
export type OwnsSubscription = (
  customerId: string,
  subscriptionId: string,
  itemId?: string,
) => boolean | undefined | Promise<boolean | undefined>;

/**
 * What the handler knows about a request once the customer is known; passed to `configuration`.
 *
 * @typeParam TContext - The handler's second argument, see {@link PortalHandlerOptions.getCustomerId}.
 *
 * @example
 * configuration: ({ flow }: PortalContext) => (flow === 'subscription_cancel' ? 'bpc_winback' : undefined)
 */
export interface PortalContext<TContext = unknown> {
  /** The incoming request (its body has been read). */
  request: Request;
  /**
   * The handler's second argument, as `getCustomerId` got it: Hono's `c`, Express's `req` or Node's
   * `IncomingMessage` through the adapters, Next.js's `{ params }`, or `undefined` when the handler
   * is called with a request only.
   */
  context: TContext;
  /** The signed-in customer, from `getCustomerId`. */
  customerId: string;
  /** The requested flow; `undefined` for the portal homepage. */
  flow: PortalFlow | undefined;
  /** The subscription the flow acts on, when it acts on one. */
  subscription: string | undefined;
}

/**
 * Passed to `onSessionCreated`: the request's {@link PortalContext} and the new session's ID. It never
 * holds the session URL: that is for the customer's browser only.
 *
 * @example
 * onSessionCreated: ({ customerId, flow, sessionId }: PortalSessionCreatedEvent) => audit.log({ customerId, flow, sessionId })
 */
export interface PortalSessionCreatedEvent<TContext = unknown> extends PortalContext<TContext> {
  /** The portal session's ID (`bps_...`). */
  sessionId: string;
  livemode: boolean;
}

/**
 * A Fetch handler: give it a `Request` (and, from an adapter or a framework, what it knows about the
 * request), get a `Response`. The second argument is optional when `TContext` allows `undefined`, as
 * the default `unknown` does, so the handler is also a Next.js App Router route handler as it is.
 * A handler whose `getCustomerId` needs a context, such as Hono's `c`, must be given one.
 *
 * @typeParam TContext - What `getCustomerId` receives as its second argument.
 *
 * @example
 * const handler: PortalHandler = createPortalHandler(options);
 * const response = await handler(new Request(url, { method: 'POST', body: '{}' }));
 */
export type PortalHandler<TContext = unknown> = undefined extends TContext
  ? (request: Request, context?: TContext) => Promise<Response>
  : (request: Request, context: TContext) => Promise<Response>;

/**
 * Options for `createPortalHandler`. Only `stripe`, `getCustomerId` and `returnUrl` are required.
 *
 * @typeParam TContext - The handler's second argument, which `getCustomerId`, `configuration` and
 * `onSessionCreated` receive: `Context<Env>` from `hono` with `toHonoHandler`, your Express request type
 * with `toExpressHandler`, `IncomingMessage` with `toNodeHandler`. Defaults to `unknown`.
 *
 * @example
 * const options: PortalHandlerOptions = {
 *   stripe: new Stripe(process.env.STRIPE_SECRET_KEY!),
 *   getCustomerId: async (request) => (await getSession(request))?.stripeCustomerId ?? null,
 *   returnUrl: 'https://app.example.com/account',
 * };
 */
export interface PortalHandlerOptions<TContext = unknown> {
  /** A Stripe client your app built. The handler never reads environment variables. */
  stripe: PortalStripeClient;
  /**
   * Your auth: the signed-in customer's Stripe ID (`cus_...`, or on Accounts v2 the account that is
   * the customer, `acct_...`, which sessions name as `customer_account`), or `null` when nobody is signed in
   * (answered with 401). `context` is the handler's second argument, where your framework keeps what
   * its auth middleware found: the adapters pass Hono's `c` (`c.get('user')`), Express's `req`
   * (`req.user`, `req.session`) or Node's `IncomingMessage`.
   *
   * @example
   * getCustomerId: (request, c: Context<{ Variables: { user?: User } }>) => c.get('user')?.stripeCustomerId ?? null
   */
  getCustomerId: (request: Request, context: TContext) => string | null | undefined | Promise<string | null | undefined>;
  /** The absolute URL customers return to by default, e.g. `https://app.example.com/account`. */
  returnUrl: string;
  /**
   * Origins whose pages may post to the handler, such as `https://app.example.com`: a post starts a
   * portal session with the customer's cookies, so list only your app's own origins here. The origin of
   * `returnUrl` is always included. Where customers may return is `returnOrigins`.
   * @defaultValue the origin of `returnUrl`
   *
   * @example
   * allowedOrigins: ['https://app.example.com', 'https://admin.example.com']
   */
  allowedOrigins?: readonly string[];
  /**
   * Origins an absolute `returnTo` may point at, e.g. a marketing site the customer came from. Listing an
   * origin here does not let its pages post to the handler. The origin of `returnUrl` is always included.
   * @defaultValue `allowedOrigins` (and the origin of `returnUrl`)
   *
   * @example
   * returnOrigins: ['https://www.example.com']
   */
  returnOrigins?: readonly string[];
  /**
   * How long reading the request body may take, in milliseconds. A body that has not arrived by then,
   * or a client that hangs up first (`request.signal`), ends the request with a 400 before your auth runs.
   * @defaultValue 10000
   */
  bodyTimeoutMs?: number;
  /**
   * The portal configuration (`bpc_...`), or a function choosing one per request.
   * @defaultValue the Stripe account's default configuration
   */
  configuration?: string | ((context: PortalContext<TContext>) => string | undefined | Promise<string | undefined>);
  /**
   * The portal's language when the request names none.
   * @defaultValue the customer's preferred locales, then the browser's
   */
  locale?: PortalLocale;
  /** A connected account (`acct_...`) whose subscriptions and invoices the portal shows. */
  onBehalfOf?: string;
  /**
   * What happens when each flow is done.
   * @defaultValue `{ type: 'redirect' }` back to the return target, for every flow
   */
  afterCompletion?: Partial<Record<PortalFlow, AfterCompletion>>;
  /** A coupon offered to customers who start to cancel (`subscription_cancel`). */
  retentionCoupon?: string;
  /** Discounts applied when a customer confirms a change (`subscription_update_confirm`). */
  discounts?: readonly PortalDiscount[];
  /**
   * The prices (`price_...`) a customer may pick in `subscription_update_confirm`; any other is refused.
   * @defaultValue none: requests may change the quantity only
   */
  allowedPrices?: readonly string[];
  /**
   * Session recovery for expired portal links.
   * @defaultValue Stripe's default: an expired link just expires
   */
  afterExpiration?: AfterExpiration;
  /**
   * Where Stripe's own error messages and refused requests are reported; `false` logs nothing.
   * @defaultValue `console` (warnings and errors, scrubbed like any logger's lines)
   */
  logger?: PortalkitLogger | false;
  /**
   * Who owns a subscription, from the app's own records (the billing projection's `ownsSubscription`
   * fits). When it answers `true` the handler skips its ownership `subscriptions.retrieve`, so a
   * subscription flow costs one Stripe call; `false` is refused as not found without calling Stripe;
   * `undefined` (unknown) or a throw falls back to asking Stripe.
   * @defaultValue none: every subscription flow asks Stripe who owns the subscription
   *
   * @example
   * ownsSubscription: projection.ownsSubscription
   */
  ownsSubscription?: OwnsSubscription;
  /** Called after each session is created, e.g. for an audit log. Errors it throws are logged, not answered. */
  onSessionCreated?: (event: PortalSessionCreatedEvent<TContext>) => void | Promise<void>;
}
