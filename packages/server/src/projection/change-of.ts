import type Stripe from 'stripe';
import type { VersionedChange } from './apply-versioned';
import { compareInvoices, compareSnapshots } from './order-within-second';
import { PROJECTED_EVENTS, type ProjectedEventType } from './projected-events';
import type { ProjectedKind } from './projection-store';
import { fetchSubscription, projectSubscription, subscriptionNeedsStripe } from './project-subscription';
import { fetchCustomer, fetchInvoice, projectCustomer, projectInvoice, type ProjectionStripeClient } from './projection-stripe';

const KIND_OF = new Map<string, ProjectedKind>(
  (Object.entries(PROJECTED_EVENTS) as [ProjectedKind, readonly string[]][]).flatMap(([kind, types]) =>
    types.map((type) => [type, kind]),
  ),
);

/**
 * Every projected event type, for the projection's `on` map.
 *
 * @example
 * PROJECTED_EVENT_TYPES.includes('invoice.paid'); // true
 */
export const PROJECTED_EVENT_TYPES = [...KIND_OF.keys()] as ProjectedEventType[];

/**
 * The kind of object an event type carries, or `undefined` for types the projection does not keep.
 *
 * @example
 * kindOf('customer.subscription.updated'); // 'subscription'
 */
export function kindOf(type: string): ProjectedKind | undefined {
  return KIND_OF.get(type);
}

/**
 * What one event means for its object: where it stands in time, and how to read the object from the
 * event or, when the event cannot be ordered, from Stripe.
 *
 * @example
 * await applyVersioned(store, changeOf('subscription', event, stripe));
 */
export function changeOf(kind: ProjectedKind, event: Stripe.Event, stripe: ProjectionStripeClient): VersionedChange {
  const object = event.data.object as { id: string };
  const base = { kind, id: object.id, created: event.created, eventId: event.id };
  switch (kind) {
    case 'subscription':
      return {
        ...base,
        fromEvent: (current) => projectSubscription(object as Stripe.Subscription, current, stripe),
        fromStripe: () => fetchSubscription(stripe, object.id),
        fromEventCallsStripe: (current) => subscriptionNeedsStripe(object as Stripe.Subscription, current),
        withinSecond: compareSnapshots,
      };
    case 'invoice':
      return {
        ...base,
        fromEvent: async () => projectInvoice(object as Stripe.Invoice),
        fromStripe: () => fetchInvoice(stripe, object.id),
        withinSecond: compareInvoices,
      };
    case 'customer':
      return {
        ...base,
        fromEvent: (current) => projectCustomer(object as Stripe.Customer, current, stripe),
        fromStripe: (current) => fetchCustomer(stripe, object.id, current),
      };
  }
}
