import type Stripe from 'stripe';
import { deferOptions, type LazyOptions } from '../core/lazy-options';
import type { ClaimResult } from './event-store';
import { readRawBody } from './read-raw-body';
import { resolveWebhookOptions } from './resolve-webhook-options';
import type { WebhookHandlerOptions } from './types';
import { acknowledge, refuse } from './webhook-response';

const VERIFICATION_FAILED = 'Webhook signature verification failed.';
const HANDLER_FAILED = 'The webhook could not be processed; it will be retried.';

/*
 * What the log may say about a refused delivery. The SDK's verification messages are fixed strings,
 * but a JSON parse error quotes the body, so only our own words are used for anything else.
 */
function describeRefusal(error: unknown): string {
  if (error instanceof Error && (error as { type?: unknown }).type === 'StripeSignatureVerificationError') {
    const reason = error.message.split('\n')[0] ?? 'signature verification failed';
    // The usual cause in a working setup: a body parser re-serialised the JSON before this handler.
    return reason.startsWith('No signatures found matching')
      ? `${reason} Check the secret, and that no body parser (e.g. express.json()) runs before this route.`
      : reason;
  }
  if (error instanceof SyntaxError) return 'the body is correctly signed but is not JSON';
  return 'the body is correctly signed but is not a snapshot event (a thin event sent to this endpoint?)';
}

function isEvent(value: unknown): value is Stripe.Event {
  const event = value as Partial<Stripe.Event> | null;
  return typeof event === 'object' && event !== null && typeof event.id === 'string' && typeof event.type === 'string';
}

/**
 * Creates the endpoint Stripe delivers webhooks to: a Fetch `(request) => Promise<Response>`.
 *
 * It reads the raw body (up to `maxBodyBytes`, else 413), verifies `Stripe-Signature` with the SDK's
 * `constructEventAsync` (so it runs on edge runtimes too) and answers 400, running nothing, when the
 * signature is missing, wrong or older than `tolerance`. A verified event goes to its handler in `on`,
 * typed for its type, once per event ID (see `store`): a redelivery of a processed event gets 200 and
 * does not run the handler; a handler that throws gets 500, so Stripe delivers the event again and the
 * handler runs again. Events without a handler get 200.
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
    if (resolved === undefined) return refuse('SERVER_MISCONFIGURED', HANDLER_FAILED);
    const { stripe, secret, on, store, tolerance, maxBodyBytes, logger } = resolved;
    if (request.method !== 'POST') {
      return refuse('METHOD_NOT_ALLOWED', 'Stripe delivers webhooks with POST.', { Allow: 'POST' });
    }
    if (request.bodyUsed) {
      logger.error('portalkit: the webhook body was already read before createWebhookHandler saw it; mount the webhook route before any body parser.');
      return refuse('INTERNAL_ERROR', HANDLER_FAILED);
    }

    let body: Uint8Array | null;
    try {
      body = await readRawBody(request, maxBodyBytes);
    } catch {
      logger.warn('portalkit: refused a webhook delivery: the body could not be read (connection closed?).');
      return refuse('INVALID_REQUEST', 'The request body could not be read.');
    }
    if (body === null) {
      logger.warn(`portalkit: refused a webhook delivery larger than maxBodyBytes (${maxBodyBytes}).`);
      return refuse('PAYLOAD_TOO_LARGE', `The body is larger than ${maxBodyBytes} bytes.`);
    }
    if (body.byteLength === 0) {
      logger.warn('portalkit: refused a webhook delivery with an empty body (did a body parser consume it?).');
      return refuse('INVALID_REQUEST', 'The request body is empty.');
    }

    let event: unknown;
    try {
      const header = request.headers.get('stripe-signature') ?? '';
      event = await stripe.webhooks.constructEventAsync(body, header, secret, tolerance);
    } catch (error) {
      logger.warn(`portalkit: refused a webhook delivery: ${describeRefusal(error)}`);
      return refuse('INVALID_REQUEST', VERIFICATION_FAILED);
    }
    if (!isEvent(event)) {
      logger.warn('portalkit: refused a webhook delivery: the signed body has no event id or type.');
      return refuse('INVALID_REQUEST', 'The body is not a Stripe event.');
    }

    // hasOwn: a type like 'constructor' must not reach Object.prototype.
    const handler = Object.hasOwn(on, event.type) ? (on[event.type] as ((event: Stripe.Event) => unknown) | undefined) : undefined;
    if (handler === undefined) return acknowledge({ handled: false });

    const details = { eventId: event.id, eventType: event.type };
    let claim: ClaimResult;
    try {
      claim = await store.claim(event.id);
    } catch (error) {
      logger.error('portalkit: the webhook event store failed to claim an event; answered 500 so Stripe retries.', { ...details, error });
      return refuse('INTERNAL_ERROR', HANDLER_FAILED);
    }
    if (claim === 'processed') return acknowledge({ duplicate: true });
    // Not 200: if the delivery holding the claim fails, Stripe must still have a delivery left to retry.
    if (claim === 'processing') return refuse('EVENT_IN_PROGRESS', 'Another delivery of this event is being processed.');

    try {
      await handler(event);
    } catch (error) {
      logger.error(`portalkit: the '${event.type}' webhook handler threw; answered 500 so Stripe delivers the event again.`, { ...details, error });
      try {
        await store.release(event.id);
      } catch (releaseError) {
        logger.error('portalkit: the webhook event store failed to release an event; redeliveries wait for its lease to end.', { ...details, error: releaseError });
      }
      return refuse('INTERNAL_ERROR', HANDLER_FAILED);
    }

    try {
      await store.complete(event.id);
    } catch (error) {
      // The handler's work is done, so Stripe must not retry; a later duplicate may run it again.
      logger.error('portalkit: the webhook event store failed to record a processed event.', { ...details, error });
    }
    return acknowledge({ handled: true });
  };
}
