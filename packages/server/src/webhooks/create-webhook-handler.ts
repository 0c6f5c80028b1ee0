import { deferOptions, type LazyOptions } from '../core/lazy-options';
import { createSafeLogger } from '../core/safe-logger';
import { dispatchEvent } from './dispatch-event';
import { resolveWebhookOptions } from './resolve-webhook-options';
import type { WebhookHandlerOptions } from './types';
import { verifyDelivery } from './verify-delivery';
import { HANDLER_FAILED, WebhookRefusal } from './webhook-refusal';
import { refusalResponse } from './webhook-response';

// Options that failed to build were already reported (to console.error) by deferOptions.
const NOT_LOGGED = createSafeLogger(false);

/**
 * Creates the endpoint Stripe delivers webhooks to: a Fetch `(request) => Promise<Response>`.
 *
 * It reads the raw body (up to `maxBodyBytes`, else 413), verifies `Stripe-Signature` with the SDK's
 * `constructEventAsync` (so it runs on edge runtimes too) and answers 400, running nothing, when the
 * signature is missing, wrong, or dated more than `tolerance` seconds before or after now. A verified
 * event goes to its handler in `on`, typed for its type, once per event ID (see `store`, whose claims
 * each delivery holds under its own token): a redelivery of a processed event gets 200 and
 * does not run the handler; a handler that throws gets 500, so Stripe delivers the event again and the
 * handler runs again. Events without a handler get 200. Refusals and failures are logged, by default to
 * `console` (see `logger`).
 *
 * Mount it before any body parser: the signature covers the exact bytes Stripe sent.
 *
 * Options can also be a function that returns them, run on the first delivery instead of at import
 * (for `next build` without secrets, or Cloudflare Workers' per-request `env`). If it throws or the
 * options are wrong, deliveries get `500 SERVER_MISCONFIGURED` (Stripe retries them) and the reason
 * goes to `console.error`.
 *
 * @example
 * import Stripe from 'stripe';
 * import { createWebhookHandler } from '@portalkit/server';
 *
 * const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
 * export const handleStripeWebhook = createWebhookHandler({
 *   stripe,
 *   secret: process.env.STRIPE_WEBHOOK_SECRET!,
 *   on: {
 *     'customer.subscription.updated': async (event) => {
 *       const subscription = event.data.object; // Stripe.Subscription
 *       await billing.save(subscription.customer, subscription.status);
 *     },
 *   },
 *   logger: console,
 * });
 * // Hono: app.post('/webhooks/stripe', (c) => handleStripeWebhook(c.req.raw));
 */
export function createWebhookHandler(options: LazyOptions<WebhookHandlerOptions>): (request: Request) => Promise<Response> {
  const deferred = deferOptions('createWebhookHandler', options, resolveWebhookOptions);
  return async function handleWebhook(request: Request): Promise<Response> {
    const resolved = deferred.current() ?? (await deferred.loadOrReport());
    // 500, so Stripe keeps the event and delivers it again once the setup is fixed; the log says why.
    if (resolved === undefined) return refusalResponse(new WebhookRefusal('SERVER_MISCONFIGURED', HANDLER_FAILED), NOT_LOGGED);
    try {
      const event = await verifyDelivery(request, resolved);
      return await dispatchEvent(event, resolved);
    } catch (error) {
      return refusalResponse(error, resolved.logger);
    }
  };
}
