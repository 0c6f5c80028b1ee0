import type Stripe from 'stripe';
import type { PortalkitLogger } from '../core/portal-setting-types';

/**
 * The part of a `stripe` client the Checkout handler uses. A real `new Stripe(key)` fits.
 *
 * @example
 * const stripe: CheckoutStripeClient = new Stripe(process.env.STRIPE_SECRET_KEY!);
 */
export interface CheckoutStripeClient {
  customers: Pick<Stripe['customers'], 'create'>;
  subscriptions: Pick<Stripe['subscriptions'], 'list'>;
  checkout: { sessions: Pick<Stripe['checkout']['sessions'], 'create' | 'retrieve'> };
}

/**
 * Who is buying, as the app's auth knows them: a Stripe customer the app already stored, or the
 * details to create one (once: see {@link CheckoutHandlerOptions.onCustomerCreated}).
 *
 * @example
 * const customer: CheckoutCustomer = user.stripeCustomerId
 *   ? { customerId: user.stripeCustomerId, appUserId: user.id }
 *   : { create: { email: user.email, name: user.name, appUserId: user.id } };
 */
export type CheckoutCustomer =
  | {
      /** The customer's Stripe ID (`cus_...`). */
      customerId: string;
      /** The app's own ID for the user, for `client_reference_id` and the subscription's metadata. */
      appUserId?: string;
    }
  | {
      create: {
        email: string;
        name?: string;
        /** The app's own, stable ID for the user: the customer is created once per ID. */
        appUserId: string;
      };
    };

/**
 * One plan the app sells. The browser names a plan by its key; the price and every rule come from here.
 *
 * @example
 * const pro: CheckoutPlan = { price: 'price_pro_monthly', trialDays: 14, allowPromotionCodes: true };
 */
export interface CheckoutPlan {
  /** The recurring price (`price_...`). */
  price: string;
  /** Whether the browser may choose a quantity (seats), and within which bounds. Without it, the quantity is 1. */
  quantity?: { adjustable: boolean; min: number; max: number };
  /** A free trial, in whole days. */
  trialDays?: number;
  /**
   * Whether the hosted page offers a promotion code field.
   * @defaultValue false
   */
  allowPromotionCodes?: boolean;
}

/** Passed to `onCustomerCreated`: the Stripe customer the handler just created, for the app to store. */
export interface CheckoutCustomerCreatedEvent {
  customerId: string;
  appUserId: string;
}

/**
 * Options for `createCheckoutHandler`.
 *
 * @typeParam TContext - The handler's second argument (Hono's `c`, Express's `req`), passed to `getCustomer`.
 *
 * @example
 * const options: CheckoutHandlerOptions = {
 *   stripe,
 *   getCustomer: async (request) => customerOf(await getSession(request)),
 *   onCustomerCreated: ({ customerId, appUserId }) => db.users.update(appUserId, { stripeCustomerId: customerId }),
 *   plans: { pro_monthly: { price: 'price_pro_monthly' } },
 *   successUrl: 'https://app.example.com/billing/success',
 *   cancelUrl: 'https://app.example.com/pricing',
 * };
 */
export interface CheckoutHandlerOptions<TContext = unknown> {
  /** A Stripe client your app built. */
  stripe: CheckoutStripeClient;
  /** Who is signed in, from your auth: a customer, the details to create one, or `null` for nobody (401). */
  getCustomer: (
    request: Request,
    context: TContext,
  ) => CheckoutCustomer | null | undefined | Promise<CheckoutCustomer | null | undefined>;
  /**
   * Called once a customer is created, so the app stores its ID on the user. Awaited before the session
   * is made; if it throws, the request fails (500) and the next attempt gets the same customer back and
   * calls it again, so write it to be safe to repeat (an upsert).
   */
  onCustomerCreated?: (event: CheckoutCustomerCreatedEvent) => void | Promise<void>;
  /** The plans the browser may name, by key. */
  plans: Readonly<Record<string, CheckoutPlan>>;
  /** Where Stripe sends the customer after paying: absolute; the server adds `session_id={CHECKOUT_SESSION_ID}`. */
  successUrl: string;
  /** Where Stripe sends the customer who goes back: absolute, on an allowed origin. */
  cancelUrl: string;
  /**
   * Origins whose pages may post to the handler. The origin of `successUrl` is always included.
   * @defaultValue the origin of `successUrl`
   */
  allowedOrigins?: readonly string[];
  /**
   * Origins `cancelUrl` may be on.
   * @defaultValue `allowedOrigins`
   */
  returnOrigins?: readonly string[];
  /**
   * How long the body may take to arrive, in milliseconds.
   * @defaultValue 10000
   */
  bodyTimeoutMs?: number;
  /**
   * The time Stripe is at, in milliseconds: the session's `expires_at` (30 minutes to 24 hours ahead,
   * checked by Stripe) is counted from it. Pass your Stripe's clock when it is not this machine's, such
   * as an emulator whose clock was moved forward to test a renewal.
   * @defaultValue `Date.now`
   */
  now?: () => number;
  /**
   * Where warnings and errors go; `false` logs nothing.
   * @defaultValue `console`
   */
  logger?: PortalkitLogger | false;
}

/**
 * A Fetch handler, as `createPortalHandler` makes: the second argument is optional when `TContext` allows `undefined`.
 *
 * @example
 * const handler: CheckoutHandler = createCheckoutHandler(options);
 */
export type CheckoutHandler<TContext = unknown> = undefined extends TContext
  ? (request: Request, context?: TContext) => Promise<Response>
  : (request: Request, context: TContext) => Promise<Response>;
