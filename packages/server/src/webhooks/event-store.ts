/**
 * What {@link WebhookEventStore.claim} found for an event ID:
 * - `'claimed'`: nobody has processed it and nobody is processing it; the caller now runs the handler.
 * - `'processing'`: another delivery holds the claim right now; the handler must not run a second time.
 * - `'processed'`: a handler already finished it; the delivery is a duplicate.
 *
 * @example
 * const state: ClaimResult = await store.claim('evt_123');
 */
export type ClaimResult = 'claimed' | 'processing' | 'processed';

/**
 * Remembers event IDs so each Stripe event runs its handler once, even though Stripe delivers at
 * least once (retries, and sometimes two deliveries of one event at the same time).
 *
 * The handler calls `claim` before running the event's handler, then exactly one of `complete` (the
 * handler succeeded) or `release` (it threw, so Stripe's retry must run it again). `claim` must be
 * atomic: of two concurrent claims for one ID, only one may see `'claimed'`.
 *
 * A store shared between processes should let a claim lapse after a lease (a few minutes is plenty:
 * Stripe stops waiting for an answer long before) so a process that died mid-handler does not block
 * the event forever, and should forget processed IDs after Stripe's retry window (three days).
 *
 * @example
 * // Redis (node-redis): the NX write is the atomic claim, PX the lease, EX the memory of processed IDs.
 * const redisEventStore: WebhookEventStore = {
 *   async claim(id) {
 *     const key = `stripe-event:${id}`;
 *     if (await redis.set(key, 'processing', { NX: true, PX: 5 * 60_000 })) return 'claimed';
 *     return (await redis.get(key)) === 'processed' ? 'processed' : 'processing';
 *   },
 *   async complete(id) {
 *     await redis.set(`stripe-event:${id}`, 'processed', { EX: 3 * 24 * 3600 });
 *   },
 *   async release(id) {
 *     await redis.del(`stripe-event:${id}`);
 *   },
 * };
 */
export interface WebhookEventStore {
  /** Atomically claims `eventId` for this delivery, or says why it cannot be claimed. */
  claim(eventId: string): Promise<ClaimResult>;
  /** Marks a claimed event as processed: later deliveries of it are duplicates. */
  complete(eventId: string): Promise<void>;
  /** Gives a claimed event back after its handler failed, so the next delivery runs the handler again. */
  release(eventId: string): Promise<void>;
}
