import type { ClaimResult, WebhookEventStore } from './event-store';

/**
 * Options for {@link createMemoryEventStore}.
 *
 * @example
 * const options: MemoryEventStoreOptions = { maxEntries: 50_000, ttlMs: 7 * 24 * 60 * 60 * 1000 };
 */
export interface MemoryEventStoreOptions {
  /**
   * Most event IDs kept; past it the oldest are forgotten first, so memory stays bounded under any load.
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

interface Entry {
  state: 'processing' | 'processed';
  expiresAt: number;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`createMemoryEventStore(): ${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}

/**
 * An in-process {@link WebhookEventStore}: the default of `createWebhookHandler`. Bounded by
 * `maxEntries` (the oldest ID goes first, processed or not) and `ttlMs`. It is per process and forgets
 * on restart, so an app that runs several instances, or serverless functions, should pass a store
 * backed by its database.
 *
 * @example
 * const store = createMemoryEventStore({ maxEntries: 50_000 });
 * const handleWebhook = createWebhookHandler({ stripe, secret, on, store });
 */
export function createMemoryEventStore(options: MemoryEventStoreOptions = {}): WebhookEventStore {
  const maxEntries = Math.floor(positive('maxEntries', options.maxEntries ?? 10_000));
  const ttlMs = positive('ttlMs', options.ttlMs ?? 3 * 24 * 60 * 60 * 1000);
  const leaseMs = positive('leaseMs', options.leaseMs ?? 5 * 60 * 1000);
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, and every write re-inserts, so the first key is the oldest.
  const entries = new Map<string, Entry>();

  function put(id: string, entry: Entry): void {
    entries.delete(id);
    entries.set(id, entry);
    for (const [oldest, { expiresAt }] of entries) {
      if (entries.size <= maxEntries && expiresAt > now()) break;
      entries.delete(oldest);
    }
  }

  return {
    async claim(id): Promise<ClaimResult> {
      const entry = entries.get(id);
      if (entry !== undefined && entry.expiresAt > now()) return entry.state;
      put(id, { state: 'processing', expiresAt: now() + leaseMs });
      return 'claimed';
    },
    async complete(id) {
      put(id, { state: 'processed', expiresAt: now() + ttlMs });
    },
    async release(id) {
      // Only an unfinished claim is given back; a processed ID stays processed.
      if (entries.get(id)?.state === 'processing') entries.delete(id);
    },
  };
}
