/**
 * Every error the handler can answer with, its HTTP status, and whether trying again later can help.
 *
 * One table, shared by the server (to build responses) and the browser (to pick a user message),
 * so a code never means two things.
 */
export const ERROR_CODES = {
  /** A field is missing, malformed, too long or not allowed. `param` names it. */
  INVALID_REQUEST: { status: 400, retryable: false },
  /** Nobody is signed in: `getCustomerId` returned null. */
  UNAUTHENTICATED: { status: 401, retryable: false },
  /** The request came from another site (`Origin` not allowed, or `Sec-Fetch-Site: cross-site`). */
  CROSS_SITE_REQUEST: { status: 403, retryable: false },
  /** The subscription or item does not exist or is not the signed-in customer's; the two are not told apart. */
  NOT_FOUND: { status: 404, retryable: false },
  /** Only `POST` creates a portal session. */
  METHOD_NOT_ALLOWED: { status: 405, retryable: false },
  /** Stripe refused the task for this subscription, e.g. it is already canceled or the portal configuration disables the flow. */
  FLOW_UNAVAILABLE: { status: 409, retryable: false },
  /** The customer already has a live subscription to one of the app's plans (Checkout); offer the Customer Portal instead. */
  ALREADY_SUBSCRIBED: { status: 409, retryable: false },
  /** The body is larger than the 8 KiB a portal request can need. */
  PAYLOAD_TOO_LARGE: { status: 413, retryable: false },
  /** The body is neither JSON nor an HTML form. */
  UNSUPPORTED_MEDIA_TYPE: { status: 415, retryable: false },
  /** Stripe is rate-limiting this account. `Retry-After` says when to try again. */
  RATE_LIMITED: { status: 429, retryable: true },
  /** The Customer Portal is not set up in this Stripe account (no default configuration saved). */
  PORTAL_NOT_CONFIGURED: { status: 500, retryable: false },
  /** The server is set up wrongly: a bad API key, an unknown configuration ID, a return URL Stripe refuses. */
  SERVER_MISCONFIGURED: { status: 500, retryable: false },
  /** Something unexpected failed on the server. */
  INTERNAL_ERROR: { status: 500, retryable: false },
  /** Stripe answered with a server error, or could not be reached. */
  STRIPE_UNAVAILABLE: { status: 502, retryable: true },
  /** Stripe did not answer in time. */
  STRIPE_TIMEOUT: { status: 504, retryable: true },
  /** The browser could not reach the app's server, or the server's answer was not ours. Client-side only. */
  NETWORK_ERROR: { status: 0, retryable: true },
} as const satisfies Record<string, { status: number; retryable: boolean }>;

/** One of the stable error codes, e.g. `'INVALID_REQUEST'`. */
export type BillingErrorCode = keyof typeof ERROR_CODES;

/** Every error code, in table order. */
export const BILLING_ERROR_CODES = /* @__PURE__ */ Object.keys(ERROR_CODES) as BillingErrorCode[];

/** True when `value` is one of our error codes (used when parsing an untrusted body). */
export function isBillingErrorCode(value: unknown): value is BillingErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
