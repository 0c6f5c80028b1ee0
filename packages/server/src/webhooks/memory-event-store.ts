import type { ClaimResult, WebhookEventStore } from './event-store';
import { DEFAULT_LEASE_MS, DEFAULT_TTL_MS, positiveLimit } from './store-limits';

/**
 * Options for {@link createMemoryEventStore}.
 *
 * @example
 * const options: MemoryEventStoreOptions = { maxEntries: 50_000, ttlMs: 7 * 24 * 60 * 60 * 1000 };
 */
export interface MemoryEventStoreOptions {
  /**
   * Most event IDs kept, so memory stays bounded under any load. Past it the oldest processed IDs are
   * forgotten first; a claim whose handler is still running is never dropped. When every ID kept is
   * such a claim, `claim` rejects (the handler answers 500, so Stripe retries the delivery later).
   * @defaultValue `10000` (about a megabyte)
   */
  maxEntries?: number;
  /**
   * How long a processed ID is remembered, in milliseconds. Stripe retries a failed delivery for up
   * to three days, so a duplicate arriving later than that is not expected.
   * @defaultValue `259200000` (3 days)
   */
  ttlMs?: number;
  /**
   * How long a claim holds while its handler runs, in milliseconds. After it a redelivery may run the
   * handler again, so a handler that never settles does not block its event forever.
   * @defaultValue `300000` (5 minutes)
   */
  leaseMs?: number;
  /**
   * The clock, in milliseconds.
   * @defaultValue `Date.now`
   */
  now?: () => number;
}

interface Claim {
  owner: string;
  expiresAt: number;
}

const positive = (name: string, value: number) => positiveLimit('createMemoryEventStore', name, value);

/**
 * An in-process {@link WebhookEventStore}: the default of `createWebhookHandler`. Bounded by
 * `maxEntries` (processed IDs are forgotten oldest first, running claims never) and `ttlMs`. It is per
 * process and forgets on restart, so an app that runs several instances, or serverless functions,
 * should pass a store backed by its database.
 *
 * @example
 * const store = createMemoryEventStore({ maxEntries: 50_000 });
 * const handleWebhook = createWebhookHandler({ stripe, secret, on, store });
 */
export function createMemoryEventStore(options: MemoryEventStoreOptions = {}): WebhookEventStore {
  const maxEntries = Math.floor(positive('maxEntries', options.maxEntries ?? 10_000));
  const ttlMs = positive('ttlMs', options.ttlMs ?? DEFAULT_TTL_MS);
  const leaseMs = positive('leaseMs', options.leaseMs ?? DEFAULT_LEASE_MS);
  const now = options.now ?? Date.now;
  // Maps iterate in insertion order, so the first entry of each is the oldest, and the first to expire.
  const processed = new Map<string, number>();
  const claims = new Map<string, Claim>();

  const heldBy = (id: string, owner: string, time: number): boolean => {
    const claim = claims.get(id);
    return claim !== undefined && claim.owner === owner && claim.expiresAt > time;
  };

  function makeRoom(time: number): void {
    const full = () => processed.size + claims.size >= maxEntries;
    for (const [id, claim] of claims) {
      if (claim.expiresAt > time) break;
      claims.delete(id);
    }
    for (const [id, expiresAt] of processed) {
      if (expiresAt > time && !full()) break;
      processed.delete(id);
    }
    if (!full()) return;
    // Only running claims are left; a clock that stepped back may have hidden lapsed ones behind the first.
    for (const [id, claim] of claims) if (claim.expiresAt <= time) claims.delete(id);
    if (!full()) return;
    throw new Error(
      `createMemoryEventStore(): all ${maxEntries} IDs kept (maxEntries) are claims of deliveries still running; refusing a new claim until one ends.`,
    );
  }

  return {
    async claim(id, owner): Promise<ClaimResult> {
      const time = now();
      // An ID never processed counts as one whose memory ran out long ago.
      if ((processed.get(id) ?? Number.NEGATIVE_INFINITY) > time) return 'processed';
      processed.delete(id);
      const claim = claims.get(id);
      if (claim !== undefined && claim.expiresAt > time) return 'processing';
      claims.delete(id);
      makeRoom(time);
      claims.set(id, { owner, expiresAt: time + leaseMs });
      return 'claimed';
    },
    async complete(id, owner) {
      const time = now();
      if (!heldBy(id, owner, time)) return;
      claims.delete(id);
      processed.set(id, time + ttlMs);
    },
    async release(id, owner) {
      if (heldBy(id, owner, now())) claims.delete(id);
    },
  };
}
