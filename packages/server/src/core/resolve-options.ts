import { isPortalFlow, isPortalLocale, type PortalFlow, type PortalLocale } from '@portalkit/protocol';
import type { AfterCompletion, PortalHandlerOptions } from './portal-handler-options';
import { describeValue } from './lazy-options';
import { parseHttpUrl } from './parse-http-url';
import { resolveOrigins } from './resolve-origins';
import { createSafeLogger, isLoggerOption, LOGGER_OPTION_HINT, type SafeLogger } from './safe-logger';
import { isSafeReturnUrl } from './safe-return-url';
import { portalSetupError } from './setup-error';
import { isStripeId } from './stripe-id';

/** The options after validation, in the shapes the handler uses per request. */
export interface ResolvedOptions<TContext = unknown> {
  stripe: PortalHandlerOptions['stripe'];
  getCustomerId: PortalHandlerOptions<TContext>['getCustomerId'];
  /** The default return target, normalised. */
  returnUrl: string;
  /** The origin of `returnUrl`. */
  returnOrigin: string;
  /** Who may post (the `Origin` check). */
  allowedOrigins: ReadonlySet<string>;
  /** Where an absolute `returnTo` may lead. */
  returnOrigins: ReadonlySet<string>;
  /** How long reading the body may take, in milliseconds. */
  bodyTimeoutMs: number;
  configuration: PortalHandlerOptions<TContext>['configuration'];
  locale: PortalLocale | undefined;
  onBehalfOf: string | undefined;
  afterCompletion: Partial<Record<PortalFlow, AfterCompletion>>;
  retentionCoupon: string | undefined;
  discounts: Array<{ coupon?: string; promotion_code?: string }> | undefined;
  allowedPrices: ReadonlySet<string> | undefined;
  afterExpiration: PortalHandlerOptions['afterExpiration'];
  logger: SafeLogger;
  onSessionCreated: PortalHandlerOptions<TContext>['onSessionCreated'];
  ownsSubscription: PortalHandlerOptions['ownsSubscription'];
}

const KNOWN_OPTIONS = new Set<string>([
  'stripe',
  'getCustomerId',
  'returnUrl',
  'allowedOrigins',
  'returnOrigins',
  'bodyTimeoutMs',
  'configuration',
  'locale',
  'onBehalfOf',
  'afterCompletion',
  'retentionCoupon',
  'discounts',
  'allowedPrices',
  'afterExpiration',
  'logger',
  'onSessionCreated',
  'ownsSubscription',
]);

/** Ten seconds: a portal request is at most 8 KiB, which any client that is still there sends in far less. */
const DEFAULT_BODY_TIMEOUT_MS = 10_000;
// setTimeout fires at once for anything longer (about 24.8 days), which would turn a long deadline into none.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Checks every option eagerly and returns them ready for use. Throws a `TypeError` saying how to fix a bad one. */
export function resolveOptions<TContext>(options: PortalHandlerOptions<TContext>): ResolvedOptions<TContext> {
  if (typeof options !== 'object' || options === null) {
    throw portalSetupError('pass an options object: createPortalHandler({ stripe, getCustomerId, returnUrl }).');
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key))
      throw portalSetupError(`unknown option "${key}". Known options: ${[...KNOWN_OPTIONS].join(', ')}.`);
  }
  const { stripe, getCustomerId, configuration, logger, onSessionCreated } = options;
  if (typeof stripe?.billingPortal?.sessions?.create !== 'function' || typeof stripe.subscriptions?.retrieve !== 'function') {
    throw portalSetupError(
      'pass stripe, a Stripe client your app built: createPortalHandler({ stripe: new Stripe(secretKey), ... }).',
    );
  }
  if (typeof getCustomerId !== 'function') {
    throw portalSetupError("pass getCustomerId, a function that returns the signed-in customer's Stripe ID (cus_...) or null.");
  }
  const returnUrl = parseHttpUrl(options.returnUrl);
  if (!returnUrl) {
    throw portalSetupError(
      `pass returnUrl, the absolute http(s) URL customers return to, e.g. "https://app.example.com/account" (no user name or password in it); got ${describeValue(options.returnUrl)}.`,
    );
  }
  if (!isSafeReturnUrl(returnUrl)) {
    throw portalSetupError(
      `returnUrl must not have a path that starts with "//" once "." and ".." are resolved, nor encoded slashes, backslashes or control characters; got the path ${JSON.stringify(returnUrl.pathname)}.`,
    );
  }
  const { allowedOrigins, returnOrigins } = resolveOrigins(options, returnUrl.origin);
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  if (typeof bodyTimeoutMs !== 'number' || !(bodyTimeoutMs > 0 && bodyTimeoutMs <= MAX_TIMER_MS)) {
    throw portalSetupError(`bodyTimeoutMs must be a positive number of milliseconds (at most ${MAX_TIMER_MS}), e.g. 10000.`);
  }
  if (configuration !== undefined && typeof configuration !== 'function' && !isStripeId(configuration, 'bpc_')) {
    throw portalSetupError('configuration must be a portal configuration ID (bpc_...) or a function returning one.');
  }
  if (options.locale !== undefined && !isPortalLocale(options.locale)) {
    throw portalSetupError(`locale must be one of Stripe's portal locales, such as "auto", "en" or "fr-CA".`);
  }
  if (options.onBehalfOf !== undefined && !isStripeId(options.onBehalfOf, 'acct_')) {
    throw portalSetupError('onBehalfOf must be a connected account ID (acct_...).');
  }
  if (options.retentionCoupon !== undefined && !isCouponId(options.retentionCoupon)) {
    throw portalSetupError('retentionCoupon must be a coupon ID (at most 5000 characters).');
  }
  if (!isLoggerOption(logger)) throw portalSetupError(LOGGER_OPTION_HINT);
  if (onSessionCreated !== undefined && typeof onSessionCreated !== 'function') {
    throw portalSetupError('onSessionCreated must be a function.');
  }
  if (options.ownsSubscription !== undefined && typeof options.ownsSubscription !== 'function') {
    throw portalSetupError("ownsSubscription must be a function, e.g. the billing projection's ownsSubscription.");
  }
  return {
    stripe,
    getCustomerId,
    returnUrl: returnUrl.href,
    returnOrigin: returnUrl.origin,
    allowedOrigins,
    returnOrigins,
    bodyTimeoutMs,
    configuration,
    locale: options.locale,
    onBehalfOf: options.onBehalfOf,
    afterCompletion: resolveAfterCompletion(options.afterCompletion),
    retentionCoupon: options.retentionCoupon,
    discounts: resolveDiscounts(options.discounts),
    allowedPrices: resolveAllowedPrices(options.allowedPrices),
    afterExpiration: resolveAfterExpiration(options.afterExpiration),
    logger: createSafeLogger(logger),
    onSessionCreated,
    ownsSubscription: options.ownsSubscription,
  };
}

function isCouponId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 5000;
}

function resolveAfterCompletion(policies: PortalHandlerOptions['afterCompletion']): Partial<Record<PortalFlow, AfterCompletion>> {
  for (const [flow, policy] of Object.entries(policies ?? {})) {
    if (!isPortalFlow(flow)) throw portalSetupError(`afterCompletion has a key "${flow}" that is not a flow.`);
    const type = (policy as AfterCompletion | undefined)?.type;
    if (type !== 'redirect' && type !== 'hosted_confirmation' && type !== 'portal_homepage') {
      throw portalSetupError(`afterCompletion.${flow}.type must be "redirect", "hosted_confirmation" or "portal_homepage".`);
    }
    const message = policy.type === 'hosted_confirmation' ? policy.message : undefined;
    if (message !== undefined && (typeof message !== 'string' || message.length > 500)) {
      throw portalSetupError(`afterCompletion.${flow}.message must be a string of at most 500 characters (Stripe's limit).`);
    }
  }
  return { ...policies };
}

function resolveDiscounts(discounts: PortalHandlerOptions['discounts']): ResolvedOptions['discounts'] {
  if (discounts === undefined) return undefined;
  if (!Array.isArray(discounts)) throw portalSetupError('discounts must be an array of { coupon } or { promotionCode }.');
  return discounts.map((discount: { coupon?: unknown; promotionCode?: unknown }, index) => {
    if (discount?.coupon !== undefined && discount.promotionCode === undefined && isCouponId(discount.coupon)) {
      return { coupon: discount.coupon };
    }
    if (discount?.promotionCode !== undefined && discount.coupon === undefined && isStripeId(discount.promotionCode, 'promo_')) {
      return { promotion_code: discount.promotionCode };
    }
    throw portalSetupError(`discounts[${index}] must be either { coupon: "..." } or { promotionCode: "promo_..." }.`);
  });
}

function resolveAllowedPrices(prices: PortalHandlerOptions['allowedPrices']): ReadonlySet<string> | undefined {
  if (prices === undefined) return undefined;
  if (!Array.isArray(prices) || !prices.every((price) => isStripeId(price, 'price_'))) {
    throw portalSetupError('allowedPrices must be an array of price IDs (price_...).');
  }
  return new Set(prices);
}

function resolveAfterExpiration(policy: PortalHandlerOptions['afterExpiration']): PortalHandlerOptions['afterExpiration'] {
  if (policy === undefined) return undefined;
  if (policy?.type !== 'customer_login') throw portalSetupError('afterExpiration.type must be "customer_login".');
  const seconds = policy.expiresInSeconds;
  if (seconds !== undefined && !(Number.isSafeInteger(seconds) && seconds > 0)) {
    throw portalSetupError('afterExpiration.expiresInSeconds must be a positive whole number of seconds.');
  }
  return { ...policy };
}
