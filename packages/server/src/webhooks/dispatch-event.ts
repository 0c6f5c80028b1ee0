import type Stripe from 'stripe';
import type { SafeLogger } from '../core/safe-logger';
import type { ClaimResult, WebhookEventStore } from './event-store';
import type { WebhookEventHandlers } from './types';
import { acknowledge } from './webhook-response';
import { HANDLER_FAILED, WebhookRefusal } from './webhook-refusal';

/**
 * Runs a verified event's handler at most once at a time and once in all (as far as `store` remembers):
 * claims the event under a fresh owner token, runs the handler, then completes or releases that claim,
 * and only that claim. Answers 200, or throws a {@link WebhookRefusal} (409 while another delivery
 * holds the claim, 500 when the handler or the store failed, so Stripe retries).
 *
 * @example
 * return await dispatchEvent(event, { on, store, logger });
 */
export async function dispatchEvent(
  event: Stripe.Event,
  { on, store, logger }: { on: WebhookEventHandlers; store: WebhookEventStore; logger: SafeLogger },
): Promise<Response> {
  // hasOwn: a type like 'constructor' must not reach Object.prototype.
  const handler = Object.hasOwn(on, event.type) ? (on[event.type] as ((event: Stripe.Event) => unknown) | undefined) : undefined;
  if (handler === undefined) return acknowledge({ handled: false });

  const details = { eventId: event.id, eventType: event.type };
  // Per delivery: a delivery that outlived its lease must not release or complete a newer delivery's claim.
  const owner = crypto.randomUUID();
  let claim: ClaimResult;
  try {
    claim = await store.claim(event.id, owner);
  } catch (error) {
    throw failed('the webhook event store failed to claim an event; answered 500 so Stripe retries.', { ...details, error });
  }
  if (claim === 'processed') return acknowledge({ duplicate: true });
  // Not 200: if the delivery holding the claim fails, Stripe must still have a delivery left to retry.
  if (claim === 'processing') throw new WebhookRefusal('EVENT_IN_PROGRESS', 'Another delivery of this event is being processed.');

  try {
    await handler(event);
  } catch (error) {
    const message = `the '${event.type}' webhook handler threw; answered 500 so Stripe delivers the event again.`;
    try {
      await store.release(event.id, owner);
    } catch (releaseError) {
      throw failed(`${message} The event store also failed to release the event, so redeliveries wait for its lease to end.`, {
        ...details,
        error,
        releaseError,
      });
    }
    throw failed(message, { ...details, error });
  }

  try {
    await store.complete(event.id, owner);
  } catch (error) {
    // The handler's work is done, so Stripe must not retry; a later duplicate may run it again.
    logger.error('the webhook event store failed to record a processed event.', { ...details, error });
  }
  return acknowledge({ handled: true });
}

function failed(message: string, context: Record<string, unknown>): WebhookRefusal {
  return new WebhookRefusal('INTERNAL_ERROR', HANDLER_FAILED, { log: { level: 'error', message, context } });
}
