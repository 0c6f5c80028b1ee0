import { BillingError, type BillingErrorCode } from '@portalkit/protocol';
import { SUBSCRIPTION_NOT_FOUND } from './check-ownership';

/** Which call failed: the ownership lookup, the session itself, or one of Checkout's calls. */
export type StripeOperation =
  | 'retrieve_subscription'
  | 'create_session'
  | 'create_customer'
  | 'list_subscriptions'
  | 'create_checkout_session'
  | 'retrieve_checkout_session';

/*
 * The fields of stripe-node's `StripeError` we read. Duck-typed, not `instanceof`, so errors from any
 * copy of the SDK map the same, and the core never imports `stripe` at run time.
 */
interface StripeErrorFields {
  type?: unknown;
  code?: unknown;
  param?: unknown;
  statusCode?: unknown;
  requestId?: unknown;
  message?: unknown;
  rawType?: unknown;
  detail?: { code?: unknown } | null;
  headers?: Record<string, unknown> | null;
}

// Seconds. Stripe's limits are per second, and stripe-node has already retried 5xx and resets with backoff.
const RETRY_AFTER_SECONDS = 2;

/*
 * Stripe's wording when no portal configuration was ever saved in this mode. Stripe's guide says to save
 * the portal settings in the Dashboard before creating sessions
 * (https://docs.stripe.com/customer-management/integrate-customer-portal); no public spec fixes the
 * error's text, so these are the phrasings Stripe's API has been seen to answer with.
 */
const NOT_CONFIGURED = /no configuration provided|default configuration has not been created|save your customer portal settings/i;

const MESSAGES = {
  PORTAL_NOT_CONFIGURED:
    'The Customer Portal is not set up in this Stripe account and mode. Save the portal settings in the Stripe Dashboard (Settings > Billing > Customer portal, in test mode for a test key), or pass configuration: "bpc_..." to createPortalHandler().',
  API_KEY:
    "Stripe refused the API key. Check the secret key your Stripe client was built with, and a restricted key's permissions.",
  RETURN_URL: 'Stripe refused the return URL. Check returnUrl and allowedOrigins in createPortalHandler().',
  CONFIGURATION: 'Stripe does not know the portal configuration. Check the configuration option of createPortalHandler().',
  ACCOUNT: 'Stripe refused the connected account. Check the onBehalfOf option of createPortalHandler().',
  CUSTOMER:
    'Stripe does not know the customer getCustomerId returned. Is it from the same Stripe account and mode as the API key?',
  OFFER: 'Stripe refused a coupon or promotion code. Check the retentionCoupon and discounts options of createPortalHandler().',
  PLAN: "Stripe refused a plan's price (unknown, inactive, not recurring, or from another account or mode). Check plans in createCheckoutHandler().",
  CHECKOUT_URL: 'Stripe refused a Checkout URL. Check successUrl and cancelUrl in createCheckoutHandler().',
  PARAMETER: "Stripe did not accept a parameter the handler sent. Check the Stripe client's API version.",
  FLOW_UNAVAILABLE:
    'Stripe cannot start this flow for this subscription (for example it is already canceled, or the portal configuration turns the feature off).',
  UNAVAILABLE: 'Stripe could not be reached or answered with an error. Try again shortly.',
  TIMEOUT: 'Stripe did not answer in time. Try again shortly.',
  RATE_LIMITED: 'Stripe is rate-limiting this account. Try again shortly.',
  INTERNAL: 'A Stripe call failed unexpectedly; the server log has the details.',
  CUSTOMER_DETAILS_CHANGED:
    'A Stripe customer was already created for this app user with other details (within the last 24 hours). Store the customer ID from onCustomerCreated and return { customerId } from getCustomer.',
} as const;

/**
 * The one place Stripe failures become our error codes, by the SDK error's `type`, `code`, `param` and
 * `statusCode`. The result keeps the original as `cause` (for the log) and never carries Stripe's
 * message, which can name objects, accounts or settings the browser has no business seeing.
 */
export function mapStripeError(error: unknown, operation: StripeOperation): BillingError {
  const [code, message, retryAfter, param] = classify(error, operation);
  return new BillingError(code, message, { cause: error, retryAfter, param });
}

type Classification = [BillingErrorCode, string, number?, string?];

function classify(error: unknown, operation: StripeOperation): Classification {
  if (!isStripeError(error)) return ['INTERNAL_ERROR', MESSAGES.INTERNAL];
  const { type, statusCode, code } = error;
  const param = typeof error.param === 'string' ? error.param : '';
  if (type === 'StripeConnectionError') {
    return error.detail?.code === 'ETIMEDOUT'
      ? ['STRIPE_TIMEOUT', MESSAGES.TIMEOUT, RETRY_AFTER_SECONDS]
      : ['STRIPE_UNAVAILABLE', MESSAGES.UNAVAILABLE, RETRY_AFTER_SECONDS];
  }
  if (type === 'StripeRateLimitError' || statusCode === 429) {
    return ['RATE_LIMITED', MESSAGES.RATE_LIMITED, retryAfterOf(error)];
  }
  if (Number(statusCode) >= 500) return ['STRIPE_UNAVAILABLE', MESSAGES.UNAVAILABLE, RETRY_AFTER_SECONDS];
  if (type === 'StripeIdempotencyError' && operation === 'create_customer') {
    // Only customer creation sends a key of ours. 409: a request with the same key is still running
    // (another process); 400: the same key with other parameters (https://docs.stripe.com/idempotency).
    return statusCode === 409
      ? ['STRIPE_UNAVAILABLE', MESSAGES.UNAVAILABLE, RETRY_AFTER_SECONDS]
      : ['SERVER_MISCONFIGURED', MESSAGES.CUSTOMER_DETAILS_CHANGED];
  }
  if (type === 'StripeAuthenticationError' || type === 'StripePermissionError') return ['SERVER_MISCONFIGURED', MESSAGES.API_KEY];
  if (type !== 'StripeInvalidRequestError') {
    // StripeAPIError without a status is a body that was not Stripe's JSON, e.g. a proxy's error page.
    return type === 'StripeAPIError'
      ? ['STRIPE_UNAVAILABLE', MESSAGES.UNAVAILABLE, RETRY_AFTER_SECONDS]
      : ['INTERNAL_ERROR', MESSAGES.INTERNAL];
  }
  if (NOT_CONFIGURED.test(String(error.message))) {
    return ['PORTAL_NOT_CONFIGURED', MESSAGES.PORTAL_NOT_CONFIGURED];
  }
  if (code === 'resource_missing' && (operation === 'retrieve_subscription' || /\[subscription\]$/.test(param))) {
    return ['NOT_FOUND', SUBSCRIPTION_NOT_FOUND, undefined, 'subscription'];
  }
  if (param === 'success_url' || param === 'cancel_url') return ['SERVER_MISCONFIGURED', MESSAGES.CHECKOUT_URL];
  if (code === 'url_invalid' || param === 'return_url' || param.startsWith('flow_data[after_completion]')) {
    return ['SERVER_MISCONFIGURED', MESSAGES.RETURN_URL];
  }
  if (/^line_items/.test(param) || param === 'price') return ['SERVER_MISCONFIGURED', MESSAGES.PLAN];
  if (param === 'configuration') return ['SERVER_MISCONFIGURED', MESSAGES.CONFIGURATION];
  if (param === 'on_behalf_of') return ['SERVER_MISCONFIGURED', MESSAGES.ACCOUNT];
  if (param === 'customer') return ['SERVER_MISCONFIGURED', MESSAGES.CUSTOMER];
  if (/\[(retention|discounts)\]/.test(param)) return ['SERVER_MISCONFIGURED', MESSAGES.OFFER];
  if (param.startsWith('flow_data')) return ['FLOW_UNAVAILABLE', MESSAGES.FLOW_UNAVAILABLE];
  if (code === 'parameter_unknown') return ['SERVER_MISCONFIGURED', MESSAGES.PARAMETER];
  return ['INTERNAL_ERROR', MESSAGES.INTERNAL];
}

/*
 * Stripe's messages quote request values (a 5,000-character subscription ID a customer sent comes back
 * inside "No such subscription: '...'"), so what reaches the log is cut to a length no genuine message
 * needs.
 */
export const MAX_LOGGED_MESSAGE_LENGTH = 500;

/** The facts about a Stripe failure worth a log line, Stripe's own message included (cut to 500 characters). */
export function describeStripeError(error: unknown): Record<string, unknown> {
  if (!isStripeError(error)) return { error };
  return {
    stripeErrorClass: error.type,
    stripeErrorType: error.rawType,
    stripeCode: error.code,
    stripeParam: capped(error.param),
    statusCode: error.statusCode,
    requestId: error.requestId,
    stripeMessage: capped(error.message),
    networkCode: error.detail?.code,
  };
}

function capped(text: unknown): unknown {
  if (typeof text !== 'string' || text.length <= MAX_LOGGED_MESSAGE_LENGTH) return text;
  // Not through the middle of a surrogate pair, which would log a lone half.
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(MAX_LOGGED_MESSAGE_LENGTH - 1))
    ? MAX_LOGGED_MESSAGE_LENGTH - 1
    : MAX_LOGGED_MESSAGE_LENGTH;
  return `${text.slice(0, cut)}… [cut: ${text.length} characters in all]`;
}

function isStripeError(error: unknown): error is StripeErrorFields {
  const type = (error as StripeErrorFields | null | undefined)?.type;
  return typeof type === 'string' && type.startsWith('Stripe');
}

function retryAfterOf(error: StripeErrorFields): number {
  const header = Number(error.headers?.['retry-after']);
  return Number.isInteger(header) && header > 0 && header <= 3600 ? header : RETRY_AFTER_SECONDS;
}
