import { ERROR_CODES } from '@portalkit/protocol';
import type { SafeLogger } from '../core/safe-logger';
import { HANDLER_FAILED, WebhookRefusal } from './webhook-refusal';

const HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } as const;

/**
 * A 200 acknowledging a delivery. Stripe only reads the status; the body says what happened, for the
 * delivery log in the Stripe Dashboard.
 *
 * @example
 * return acknowledge({ duplicate: true });
 */
export function acknowledge(details: Record<string, boolean> = {}): Response {
  return new Response(JSON.stringify({ received: true, ...details }), { status: 200, headers: HEADERS });
}

/**
 * The one way a failed delivery becomes a `Response`: a {@link WebhookRefusal} is logged as it says and
 * answered with its code, in the kit's error shape `{ error: { code, message } }`; anything else is a
 * bug of ours, logged as an error and answered 500 so Stripe retries. The message is generic: it is
 * shown in the Stripe Dashboard, and the detail belongs in the app's log.
 *
 * @example
 * try { ... } catch (error) { return refusalResponse(error, logger); }
 */
export function refusalResponse(error: unknown, logger: SafeLogger): Response {
  const refusal =
    error instanceof WebhookRefusal
      ? error
      : new WebhookRefusal('INTERNAL_ERROR', HANDLER_FAILED, {
          log: {
            level: 'error',
            message: 'the webhook handler failed unexpectedly; answered 500 so Stripe retries.',
            context: { error },
          },
        });
  if (refusal.log) logger[refusal.log.level](refusal.log.message, refusal.log.context);
  const status = refusal.code === 'EVENT_IN_PROGRESS' ? 409 : ERROR_CODES[refusal.code].status;
  return new Response(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }), {
    status,
    headers: { ...HEADERS, ...refusal.headers },
  });
}
