/**
 * What {@link WebhookEventStore.claim} found for an event ID:
 * - `'claimed'`: nobody has processed it and nobody is processing it; the caller now holds the claim
 *   and runs the handler.
 * - `'processing'`: another delivery holds the claim right now; the handler must not run a second time.
 * - `'processed'`: a handler already finished it; the delivery is a duplicate.
 *
 * @example
 * const state: ClaimResult = await store.claim('evt_123', crypto.randomUUID());
 */
export type ClaimResult = 'claimed' | 'processing' | 'processed';

/**
 * Remembers event IDs so each Stripe event runs its handler once, even though Stripe delivers at
 * least once (retries, and sometimes two deliveries of one event at the same time).
 *
 * Each delivery makes a fresh random `owner` token and calls `claim(eventId, owner)` before running the
 * event's handler, then exactly one of `complete` (the handler succeeded) or `release` (it threw, so
 * Stripe's retry must run it again) with the same token. The rules every store keeps:
 * - `claim` is atomic: of two concurrent claims for one ID, only one sees `'claimed'`.
 * - A claim lapses after a lease (a few minutes is plenty: Stripe stops waiting for an answer long
 *   before), so a process that died mid-handler does not block the event forever. A lapsed claim is
 *   nobody's: the next `claim` takes it.
 * - `complete` and `release` act only while `owner` still holds the claim. A delivery that outlived
 *   its lease must not release, or mark processed, the claim a newer delivery now holds.
 * - Processed IDs are remembered for Stripe's retry window (three days).
 *
 * `src/testing/event-store-contract.ts` in the kit's repository runs these rules against any store.
 *
 * The kit ships stores that keep them on shared databases: `createPostgresEventStore` from
 * `@portalkit/server/postgres` (node-postgres, postgres.js, PGlite, Neon) and `createRedisEventStore`
 * from `@portalkit/server/redis` (node-redis, ioredis). `createMemoryEventStore` is the per-process default.
 *
 * @example
 * // Redis: the claim is an atomic SET NX PX, complete and release compare the owner in Lua scripts.
 * import { createClient } from 'redis';
 * import { createRedisEventStore } from '@portalkit/server/redis';
 *
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * const store: WebhookEventStore = createRedisEventStore({ redis });
 *
 * @example
 * // A store of the app's own: claim must be atomic, complete and release must check the owner.
 * const store: WebhookEventStore = {
 *   claim: (id, owner) => db.claimEvent(id, owner, { leaseMs: 5 * 60_000 }),
 *   complete: (id, owner) => db.markEventProcessed(id, owner, { ttlMs: 3 * 24 * 3600_000 }),
 *   release: (id, owner) => db.releaseEvent(id, owner),
 * };
 */
export interface WebhookEventStore {
  /** Atomically claims `eventId` for the delivery `owner`, or says why it cannot be claimed. */
  claim(eventId: string, owner: string): Promise<ClaimResult>;
  /** Marks the event as processed, if `owner` still holds its claim: later deliveries of it are duplicates. */
  complete(eventId: string, owner: string): Promise<void>;
  /** Gives the claim back after its handler failed, if `owner` still holds it, so the next delivery runs the handler again. */
  release(eventId: string, owner: string): Promise<void>;
}
