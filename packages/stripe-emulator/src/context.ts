import type Stripe from 'stripe';
import type { EmulatorClock } from './clock';
import type { EmulatorStore } from './store/create-store';
import type { PortalSessions } from './store/portal-sessions';
import { buildEvent, type EventRequest } from './webhooks/create-event';
import type { WebhookDispatcher } from './webhooks/create-dispatcher';

/** Options of {@link EmulatorContext.emit}. */
export interface EmitOptions {
  /** Old values of changed fields, for `*.updated` events. */
  previousAttributes?: object | undefined;
  /** The API request behind the change; omitted (nulls) for portal and clock actions. */
  request?: EventRequest | undefined;
}

/**
 * The emulator's shared state and services, handed to resources, actions and the portal pages.
 */
export interface EmulatorContext {
  readonly store: EmulatorStore;
  readonly clock: EmulatorClock;
  readonly sessions: PortalSessions;
  readonly webhooks: WebhookDispatcher;
  /** Lifetime of an unvisited portal session URL, in emulator seconds. */
  readonly sessionTtlSeconds: number;
  /** Records an event and queues it for every webhook endpoint. Never waits for delivery. */
  emit(type: string, object: object, options?: EmitOptions): Stripe.Event;
}

/** Builds the context; `emit` is wired to the store and the dispatcher. */
export function createContext(parts: Omit<EmulatorContext, 'emit'>): EmulatorContext {
  return {
    ...parts,
    emit(type, object, options = {}) {
      const event = buildEvent({
        type,
        object,
        previousAttributes: options.previousAttributes,
        request: options.request,
        created: parts.clock.now(),
        pendingWebhooks: parts.webhooks.endpoints.length,
      });
      parts.store.events.set(event);
      parts.webhooks.dispatch(event);
      return event;
    },
  };
}
