import { describeValue } from '../core/lazy-options';
import { parseHttpUrl } from '../core/parse-http-url';
import { resolveOrigins } from '../core/resolve-origins';
import { createSafeLogger, isLoggerOption, LOGGER_OPTION_HINT, type SafeLogger } from '../core/safe-logger';
import { isSafeReturnUrl } from '../core/safe-return-url';
import { setupError } from '../core/setup-error';
import type { CheckoutHandlerOptions, CheckoutPlan } from './checkout-handler-options';
import { resolvePlans } from './resolve-plans';

/** The Checkout options after validation. */
export interface ResolvedCheckoutOptions<TContext = unknown> {
  stripe: CheckoutHandlerOptions['stripe'];
  getCustomer: CheckoutHandlerOptions<TContext>['getCustomer'];
  onCustomerCreated: CheckoutHandlerOptions['onCustomerCreated'];
  plans: ReadonlyMap<string, CheckoutPlan>;
  /** Every price of every plan: a live subscription to any of them means "already subscribed". */
  planPrices: ReadonlySet<string>;
  /** `successUrl` with `session_id={CHECKOUT_SESSION_ID}` added. */
  successUrl: string;
  cancelUrl: string;
  allowedOrigins: ReadonlySet<string>;
  bodyTimeoutMs: number;
  now: () => number;
  logger: SafeLogger;
}

const KNOWN_OPTIONS = new Set([
  'stripe',
  'getCustomer',
  'onCustomerCreated',
  'plans',
  'successUrl',
  'cancelUrl',
  'allowedOrigins',
  'returnOrigins',
  'bodyTimeoutMs',
  'now',
  'logger',
]);
const MAX_TIMER_MS = 2 ** 31 - 1;
const fail = (message: string) => setupError('createCheckoutHandler', message);

/** Checks every option once, at start-up (or on the first request for lazy options). Throws a `TypeError` saying how to fix it. */
export function resolveCheckoutOptions<TContext>(options: CheckoutHandlerOptions<TContext>): ResolvedCheckoutOptions<TContext> {
  if (typeof options !== 'object' || options === null) {
    throw fail('pass an options object: createCheckoutHandler({ stripe, getCustomer, plans, successUrl, cancelUrl }).');
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw fail(`unknown option "${key}". Known options: ${[...KNOWN_OPTIONS].join(', ')}.`);
  }
  const { stripe, getCustomer, onCustomerCreated, logger } = options;
  if (
    typeof stripe?.checkout?.sessions?.create !== 'function' ||
    typeof stripe.customers?.create !== 'function' ||
    typeof stripe.subscriptions?.list !== 'function'
  ) {
    throw fail('pass stripe, a Stripe client your app built: createCheckoutHandler({ stripe: new Stripe(secretKey), ... }).');
  }
  if (typeof getCustomer !== 'function') {
    throw fail('pass getCustomer, a function that returns { customerId }, { create: { email, appUserId } } or null.');
  }
  if (onCustomerCreated !== undefined && typeof onCustomerCreated !== 'function') {
    throw fail('onCustomerCreated must be a function that stores the new customer ID on the user.');
  }
  const success = absoluteUrl('successUrl', options.successUrl);
  if (success.searchParams.has('session_id')) {
    throw fail('successUrl must not have a session_id parameter: the handler adds session_id={CHECKOUT_SESSION_ID} itself.');
  }
  const cancel = absoluteUrl('cancelUrl', options.cancelUrl);
  const { allowedOrigins, returnOrigins } = resolveOrigins(options, success.origin);
  if (!returnOrigins.has(cancel.origin)) {
    throw fail(`cancelUrl is on ${cancel.origin}, which is not an allowed origin; add it to returnOrigins.`);
  }
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 10_000;
  if (typeof bodyTimeoutMs !== 'number' || !(bodyTimeoutMs > 0 && bodyTimeoutMs <= MAX_TIMER_MS)) {
    throw fail(`bodyTimeoutMs must be a positive number of milliseconds (at most ${MAX_TIMER_MS}), e.g. 10000.`);
  }
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') throw fail('now must be a function that returns the time in milliseconds, like Date.now.');
  if (!isLoggerOption(logger)) throw fail(LOGGER_OPTION_HINT);
  const plans = resolvePlans(options.plans, fail);
  return {
    stripe,
    getCustomer,
    onCustomerCreated,
    plans,
    planPrices: new Set([...plans.values()].map((plan) => plan.price)),
    successUrl: withSessionIdPlaceholder(success),
    cancelUrl: cancel.href,
    allowedOrigins,
    bodyTimeoutMs,
    now,
    logger: createSafeLogger(logger),
  };
}

function absoluteUrl(name: string, value: unknown): URL {
  const url = parseHttpUrl(value);
  if (!url) {
    throw fail(`pass ${name}, an absolute http(s) URL such as "https://app.example.com/billing"; got ${describeValue(value)}.`);
  }
  if (!isSafeReturnUrl(url)) {
    throw fail(`${name} must not have a path that starts with "//", encoded slashes, backslashes or control characters.`);
  }
  return url;
}

/*
 * Stripe replaces the literal `{CHECKOUT_SESSION_ID}` (https://docs.stripe.com/payments/checkout/custom-success-page),
 * so the braces must not be percent-encoded, which `searchParams.set` would do.
 */
function withSessionIdPlaceholder(url: URL): string {
  const hash = url.hash;
  const base = new URL(url.href);
  base.hash = '';
  const separator = base.search === '' ? '?' : '&';
  return `${base.href.replace(/\?$/, '')}${separator}session_id={CHECKOUT_SESSION_ID}${hash}`;
}
