import type Stripe from 'stripe';
import type { PortalkitLogger } from '../core/portal-setting-types';
import type { WebhookEventStore } from './event-store';

/**
 * Every snapshot event type the pinned SDK knows, e.g. `'customer.subscription.updated'`.
 *
 * @example
 * const watched: WebhookEventType[] = ['customer.subscription.updated', 'customer.subscription.deleted'];
 */
export type WebhookEventType = Stripe.Event['type'];

/**
 * The precise event for one type, picked out of the SDK's `Stripe.Event` union, so
 * `WebhookEvent<'customer.subscription.updated'>` is `Stripe.CustomerSubscriptionUpdatedEvent`
 * and its `data.object` is a `Stripe.Subscription`.
 *
 * @example
 * function project(event: WebhookEvent<'customer.subscription.updated'>) {
 *   return { status: event.data.object.status, cancelAtPeriodEnd: event.data.object.cancel_at_period_end };
 * }
 */
export type WebhookEvent<T extends WebhookEventType = WebhookEventType> = Extract<Stripe.Event, { type: T }>;

/**
 * A handler for one event type. Throw (or reject) to answer 500, so Stripe delivers the event again
 * and the handler runs again; resolve to mark the event as processed.
 *
 * @example
 * const onDeleted: WebhookEventHandler<'customer.subscription.deleted'> = async (event) => {
 *   await db.subscriptions.markEnded(event.data.object.id);
 * };
 */
export type WebhookEventHandler<T extends WebhookEventType> = (event: WebhookEvent<T>) => unknown;

/**
 * One optional handler per event type, each typed for its own event.
 *
 * @example
 * const on: WebhookEventHandlers = {
 *   'customer.subscription.updated': (event) => saveStatus(event.data.object.id, event.data.object.status),
 * };
 */
export type WebhookEventHandlers = { [K in WebhookEventType]?: WebhookEventHandler<K> };

/**
 * @deprecated Use PortalkitLogger instead.
 *
 * @example
 * const logger: WebhookLogger = console;
 */
export type WebhookLogger = PortalkitLogger;

/**
 * The part of a Stripe client the webhook handler uses. Pass the app's `Stripe` instance; the SDK's
 * edge build (SubtleCrypto) works too, because only `constructEventAsync` is called.
 *
 * @example
 * const stripe: WebhookStripeClient = new Stripe(process.env.STRIPE_SECRET_KEY!);
 */
export interface WebhookStripeClient {
  webhooks: Pick<Stripe['webhooks'], 'constructEventAsync'>;
}

/**
 * Options for {@link createWebhookHandler}.
 *
 * @example
 * const options: WebhookHandlerOptions = { stripe, secret: process.env.STRIPE_WEBHOOK_SECRET!, on: {} };
 */
export interface WebhookHandlerOptions {
  /** The app's Stripe client; only `stripe.webhooks.constructEventAsync` is used. */
  stripe: WebhookStripeClient;
  /** The endpoint's signing secret (`whsec_...`), exactly as Stripe shows it. */
  secret: string;
  /** Handlers by event type. A verified event with no handler is answered 200 and dropped. */
  on: WebhookEventHandlers;
  /**
   * Remembers which event IDs were processed, so a redelivery does not run a handler twice. Use a shared
   * store (your database, Redis) when more than one server process receives webhooks.
   * @defaultValue `createMemoryEventStore()` (per process, bounded)
   */
  store?: WebhookEventStore;
  /**
   * How far a signature's timestamp may be from now, in seconds, before or after, against replays. Must
   * be positive.
   * @defaultValue `300` (the SDK's default)
   */
  tolerance?: number;
  /**
   * Largest body accepted, in bytes; larger ones get 413 before anything is verified.
   * @defaultValue `1048576` (1 MiB)
   */
  maxBodyBytes?: number;
  /**
   * Where refusals (warnings) and failures (errors) are reported; `false` logs nothing. It never gets
   * the raw body, the `Stripe-Signature` header or the secret.
   * @defaultValue `console` (warnings and errors)
   */
  logger?: PortalkitLogger | false;
}
