import { createSafeLogger, isLoggerOption, LOGGER_OPTION_HINT, type SafeLogger } from '../core/safe-logger';
import { setupError } from '../core/setup-error';
import type { WebhookEventStore } from './event-store';
import { createMemoryEventStore } from './memory-event-store';
import type { WebhookEventHandlers, WebhookHandlerOptions, WebhookStripeClient } from './types';

/**
 * Stripe events are usually a few kilobytes, but a snapshot embeds whole objects: a subscription with
 * many items, an invoice with its first lines, up to 50 metadata keys of 500 characters on each
 * object. 1 MiB is far above any of that and still small enough that a flood of bodies cannot
 * exhaust memory.
 *
 * @example
 * createWebhookHandler({ stripe, secret, on, maxBodyBytes: 4 * DEFAULT_MAX_BODY_BYTES });
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Stripe's own default (`stripe.webhooks.DEFAULT_TOLERANCE`).
 *
 * @example
 * createWebhookHandler({ stripe, secret, on, tolerance: DEFAULT_TOLERANCE_SECONDS * 2 });
 */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * Options with defaults applied, checked once when the handler is created.
 *
 * @example
 * const { store, tolerance } = resolveWebhookOptions(options);
 */
export interface ResolvedWebhookOptions {
  stripe: WebhookStripeClient;
  secret: string;
  on: WebhookEventHandlers;
  store: WebhookEventStore;
  tolerance: number;
  maxBodyBytes: number;
  logger: SafeLogger;
}

function fail(message: string): never {
  throw setupError('createWebhookHandler', message);
}

/**
 * Applies defaults and turns every setup mistake into an error that says how to fix it, at startup
 * rather than on the first delivery (when it would only show up as failed deliveries in Stripe).
 *
 * @example
 * const resolved = resolveWebhookOptions({ stripe, secret: process.env.STRIPE_WEBHOOK_SECRET!, on: {} });
 */
export function resolveWebhookOptions(options: WebhookHandlerOptions): ResolvedWebhookOptions {
  const { stripe, secret, on } = options ?? ({} as Partial<WebhookHandlerOptions>);
  if (typeof stripe?.webhooks?.constructEventAsync !== 'function') {
    fail('pass stripe, your Stripe client (new Stripe(secretKey)).');
  }
  if (typeof secret !== 'string' || secret.trim() === '') {
    fail("pass secret, the endpoint's signing secret (whsec_...) from the Dashboard or `stripe listen`.");
  }
  if (/\s/.test(secret)) {
    fail('secret contains whitespace, often a trailing newline from an env file; trim it.');
  }
  if (typeof on !== 'object' || on === null) {
    fail("pass on, an object of handlers by event type, e.g. { 'customer.subscription.updated': fn }.");
  }
  for (const [type, handler] of Object.entries(on)) {
    if (handler !== undefined && typeof handler !== 'function') fail(`on['${type}'] must be a function.`);
  }

  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_SECONDS;
  // The SDK reads 0 as "skip the time check"; that would accept a captured delivery replayed any time later.
  if (!Number.isFinite(tolerance) || tolerance <= 0) fail('tolerance must be a positive number of seconds.');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isFinite(maxBodyBytes) || maxBodyBytes <= 0) fail('maxBodyBytes must be a positive number.');
  if (!isLoggerOption(options.logger)) fail(LOGGER_OPTION_HINT);

  return {
    stripe,
    secret,
    on,
    store: options.store ?? createMemoryEventStore(),
    tolerance,
    maxBodyBytes,
    logger: createSafeLogger(options.logger),
  };
}
