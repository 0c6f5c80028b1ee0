import type { WithinSecond } from './order-within-second';
import type { BillingProjectionStore, ProjectedKind, ProjectionRow, ProjectionWrite } from './projection-store';

/**
 * An object ready to store: who owns it and its projected fields.
 *
 * @example
 * const object: ProjectedObject = { owner: 'cus_123', account: null, data: toBillingSubscription(subscription, []) };
 */
export interface ProjectedObject {
  owner: string;
  account: string | null;
  data: unknown;
}

/**
 * What applying one event did: wrote its snapshot, wrote a fresh copy from Stripe, or nothing.
 *
 * @example
 * if ((await projection.apply(event)) === 'stale') metrics.increment('stripe.event.stale');
 */
export type ApplyOutcome = 'applied' | 'refetched' | 'stale' | 'duplicate';

/**
 * The event being applied to one object.
 *
 * @example
 * const change: VersionedChange = changeOf('subscription', event, stripe);
 */
export interface VersionedChange {
  kind: ProjectedKind;
  id: string;
  /** The event's `created` (unix seconds). */
  created: number;
  eventId: string;
  /** The object as the event carries it. */
  fromEvent: (current: ProjectionRow | undefined) => Promise<ProjectedObject>;
  /** The object as Stripe has it now. */
  fromStripe: (current: ProjectionRow | undefined) => Promise<ProjectedObject>;
  /**
   * Whether `fromEvent` would ask Stripe, given the row (a subscription whose discounts the row does
   * not describe yet); never, when absent.
   */
  fromEventCallsStripe?: (current: ProjectionRow | undefined) => boolean;
  /**
   * Orders the event's snapshot against the row's from the same second without asking Stripe, where
   * the kind allows it (see `order-within-second.ts`). Skipped when `fromEvent` would ask Stripe: the
   * object is then fetched once, by `fromStripe`, instead of twice.
   */
  withinSecond?: (fromEvent: unknown, current: unknown) => WithinSecond;
}

// A handful of writers racing on one object settle in a round or two; more means something is wrong.
const MAX_ATTEMPTS = 5;

/**
 * Applies one event to one object under the ordering guard (see `ProjectionRow` for the version):
 * - an event from an earlier second than the row's is stale: nothing changes;
 * - an event already applied at the row's second is a duplicate: nothing changes;
 * - an event from a later second writes its snapshot;
 * - another event from the same second is ordered by `withinSecond` where its kind allows (equal
 *   snapshots, an invoice's status); when that cannot tell, the object is fetched from Stripe ("when
 *   in doubt, re-fetch") and that copy is written.
 * Every write is a compare-and-set on the row's revision: when a concurrent delivery wrote first, the
 * guard runs again against what it wrote.
 *
 * @example
 * await applyVersioned(store, { kind: 'subscription', id, created: event.created, eventId: event.id, fromEvent, fromStripe });
 */
export async function applyVersioned(store: BillingProjectionStore, change: VersionedChange): Promise<ApplyOutcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = await store.read(change.kind, change.id);
    if (current !== undefined && change.created < current.version) return 'stale';
    const sameSecond = current !== undefined && change.created === current.version;
    if (sameSecond && current.eventIds.includes(change.eventId)) return 'duplicate';
    let object: ProjectedObject;
    let outcome: ApplyOutcome = 'applied';
    if (!sameSecond) object = await change.fromEvent(current);
    else {
      const ordered = change.withinSecond !== undefined && change.fromEventCallsStripe?.(current) !== true;
      const fromEvent = ordered && (await change.fromEvent(current));
      const order = fromEvent ? change.withinSecond!(fromEvent.data, current.data) : 'unknown';
      // The row already says it, or something newer: nothing to write, so the customer's version stays.
      if (order === 'same') return 'duplicate';
      if (order === 'older') return 'stale';
      if (order === 'newer') object = fromEvent as ProjectedObject;
      else {
        object = await change.fromStripe(current);
        outcome = 'refetched';
      }
    }
    const eventIds = sameSecond ? [...current.eventIds, change.eventId] : [change.eventId];
    const row: ProjectionWrite = { kind: change.kind, id: change.id, ...object, version: change.created, eventIds };
    if (await store.write(row, current?.revision ?? null)) return outcome;
  }
  throw new Error(`The billing projection could not write ${change.kind} ${change.id}: other writes kept winning.`);
}

/**
 * Writes Stripe's current copy of an object without an event (reconciling after webhooks were
 * late). The row keeps its version and event IDs, so any event from a later second still applies.
 *
 * @example
 * await refreshObject(store, 'subscription', subscription.id, async () => toProjected(subscription));
 */
export async function refreshObject(
  store: BillingProjectionStore,
  kind: ProjectedKind,
  id: string,
  fromStripe: (current: ProjectionRow | undefined) => Promise<ProjectedObject>,
): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = await store.read(kind, id);
    const object = await fromStripe(current);
    const row: ProjectionWrite = { kind, id, ...object, version: current?.version ?? 0, eventIds: current?.eventIds ?? [] };
    // Lost to a concurrent write: that write is at least as new as this copy only if it came from an event, so try again.
    if (await store.write(row, current?.revision ?? null)) return;
  }
  throw new Error(`The billing projection could not refresh ${kind} ${id}: other writes kept winning.`);
}
