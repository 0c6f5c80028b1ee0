/*
 * The shapes of the handler's optional settings: what happens after a flow, session recovery,
 * discounts and the logger. Kept apart from the options interface so each stays readable.
 */

/**
 * What the customer sees once a flow is done.
 *
 * @example
 * afterCompletion: { payment_method_update: { type: 'hosted_confirmation', message: 'Card saved.' } }
 */
export type AfterCompletion =
  /** Send the customer back to the return target of the request. */
  | { type: 'redirect' }
  /** Show Stripe's confirmation page, optionally with your own message (at most 500 characters). */
  | { type: 'hosted_confirmation'; message?: string }
  /** Show the portal homepage. */
  | { type: 'portal_homepage' };

/**
 * Lets a customer who opens an expired portal link confirm their email and get a fresh session.
 *
 * @example
 * afterExpiration: { type: 'customer_login', expiresInSeconds: 7 * 24 * 3600 }
 */
export interface AfterExpiration {
  type: 'customer_login';
  /** How long after the session is created an expired link can still be recovered, in seconds. Omit for no deadline. */
  expiresInSeconds?: number;
}

/**
 * A discount for `subscription_update_confirm`: a coupon or a promotion code, not both.
 *
 * @example
 * discounts: [{ coupon: 'UPGRADE10' }]
 */
export type PortalDiscount = { coupon: string; promotionCode?: never } | { promotionCode: string; coupon?: never };

/**
 * Where the kit's handlers report what they refused and what failed: Stripe's own message and request ID,
 * refused cross-site requests, refused webhook deliveries, failing webhook handlers. `console` fits, and
 * is the default; pass `logger: false` to silence it. Every line starts with `portalkit:`, anything shaped
 * like a portal session URL is scrubbed from it, and no line holds a webhook's body, its signature header
 * or the secret.
 *
 * @example
 * const logger: PortalkitLogger = { error: (message, context) => pino.error(context, message), warn: (message, context) => pino.warn(context, message) };
 * createPortalHandler({ stripe, getCustomerId, returnUrl, logger });
 */
export interface PortalkitLogger {
  /** Something failed: a Stripe call, the app's own callback, a webhook handler or the event store. */
  error(message: string, context?: Record<string, unknown>): void;
  /** Something was refused: a cross-site request, a webhook with a bad or stale signature. Falls back to `error` when absent. */
  warn?(message: string, context?: Record<string, unknown>): void;
}

/**
 * @deprecated Use PortalkitLogger instead.
 *
 * @example
 * const logger: PortalLogger = console;
 */
export type PortalLogger = PortalkitLogger;
