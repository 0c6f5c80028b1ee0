import { setupError } from '../core/setup-error';
import type { ClaimResult, WebhookEventStore } from '../webhooks/event-store';
import { DEFAULT_LEASE_MS, DEFAULT_TTL_MS, positiveLimit } from '../webhooks/store-limits';
import { type IoRedisClient, type NodeRedisClient, scriptRunner } from './redis-commands';

/**
 * Options for {@link createRedisEventStore}.
 *
 * @example
 * const options: RedisEventStoreOptions = { redis, prefix: 'shop:stripe-event:' };
 */
export interface RedisEventStoreOptions {
  /** A connected node-redis client (`createClient()`) or an ioredis client (`new Redis()`). */
  redis: NodeRedisClient | IoRedisClient;
  /**
   * Put before each event ID to make its key.
   * @defaultValue `'portalkit:webhook-event:'`
   */
  prefix?: string;
  /**
   * How long a claim holds while its handler runs, in milliseconds (the key's PX). After it a
   * redelivery may run the handler again, so a process that died mid-handler does not block its event.
   * @defaultValue `300000` (5 minutes)
   */
  leaseMs?: number;
  /**
   * How long a processed ID is remembered, in milliseconds (Stripe retries for up to three days).
   * @defaultValue `259200000` (3 days)
   */
  ttlMs?: number;
}

// One key per event: `claim:<owner>` while a delivery holds it (expiring with the lease), `processed`
// after (expiring with the memory). Each operation is one script, so nothing slips in between its
// read and its write.
const CLAIM = `if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
if redis.call('GET', KEYS[1]) == 'processed' then return 'processed' end
return 'processing'`;
const COMPLETE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], 'processed', 'PX', ARGV[2])
  return 1
end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const RESULTS = new Set<unknown>(['claimed', 'processing', 'processed']);

/**
 * A {@link WebhookEventStore} on Redis, shared by every instance of the app: the claim is an atomic
 * `SET NX PX` (the lease is the key's expiry, on the server's clock), and `complete` and `release` are
 * compare-and-set and compare-and-delete scripts, so a delivery that outlived its lease cannot touch
 * the claim a newer delivery holds. Works with node-redis and ioredis.
 *
 * Redis keeps the claims only as durably as it is configured to: with no persistence, a restart of
 * Redis forgets which events ran, and Stripe's retries of them run again.
 *
 * @example
 * import { createClient } from 'redis';
 * import { createRedisEventStore } from '@portalkit/server/redis';
 *
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * const handleWebhook = createWebhookHandler({ stripe, secret, on, store: createRedisEventStore({ redis }) });
 *
 * @example
 * import { Redis } from 'ioredis';
 * const store = createRedisEventStore({ redis: new Redis(process.env.REDIS_URL) });
 */
export function createRedisEventStore(options: RedisEventStoreOptions): WebhookEventStore {
  const runScript = scriptRunner(options?.redis);
  const prefix = options.prefix ?? 'portalkit:webhook-event:';
  if (typeof prefix !== 'string') throw setupError('createRedisEventStore', `prefix must be a string, got ${String(prefix)}`);
  const leaseMs = positiveLimit('createRedisEventStore', 'leaseMs', options.leaseMs ?? DEFAULT_LEASE_MS);
  const ttlMs = positiveLimit('createRedisEventStore', 'ttlMs', options.ttlMs ?? DEFAULT_TTL_MS);
  // PX takes whole milliseconds.
  const lease = String(Math.ceil(leaseMs));
  const ttl = String(Math.ceil(ttlMs));
  const key = (eventId: string) => `${prefix}${eventId}`;
  const claimValue = (owner: string) => `claim:${owner}`;

  return {
    async claim(eventId, owner): Promise<ClaimResult> {
      const result = await runScript(CLAIM, [key(eventId)], [claimValue(owner), lease]);
      if (!RESULTS.has(result)) {
        throw new Error(`createRedisEventStore(): the claim of ${eventId} returned ${JSON.stringify(result)}`);
      }
      return result as ClaimResult;
    },
    async complete(eventId, owner) {
      await runScript(COMPLETE, [key(eventId)], [claimValue(owner), ttl]);
    },
    async release(eventId, owner) {
      await runScript(RELEASE, [key(eventId)], [claimValue(owner)]);
    },
  };
}
