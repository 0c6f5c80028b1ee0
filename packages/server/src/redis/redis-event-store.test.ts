import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { afterAll, describe, expect, test } from 'vitest';
import { describeEventStoreContract } from '../testing/event-store-contract';
import { REAL_CLOCK_SUBJECT } from '../testing/real-clock-limits';
import { useRedis } from '../testing/redis-server';
import type { IoRedisClient, NodeRedisClient } from './redis-commands';
import { createRedisEventStore } from './redis-event-store';

// A real Redis server for this file, reached through node-redis and through ioredis.
const redisUrl = useRedis();
const closers: (() => unknown)[] = [];
let prefixes = 0;
/** A key prefix no other test uses (the contract's tests run at once). */
const newPrefix = () => `test-${++prefixes}:`;

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

interface Connection {
  redis: NodeRedisClient | IoRedisClient;
  /** Drops the connection at once, as a killed process's would be. */
  kill(): void;
}

const clients: [string, () => Promise<Connection>][] = [
  [
    'node-redis',
    async () => {
      const client = await createClient({ url: redisUrl() }).connect();
      closers.push(() => client.isOpen && client.destroy());
      return { redis: client, kill: () => client.destroy() };
    },
  ],
  [
    'ioredis',
    async () => {
      const client = new Redis(redisUrl(), { lazyConnect: true });
      await client.connect();
      closers.push(() => client.disconnect());
      return { redis: client, kill: () => client.disconnect() };
    },
  ],
];

for (const [name, connect] of clients) {
  describe(`on a Redis server through ${name}`, () => {
    describeEventStoreContract(`createRedisEventStore (${name})`, {
      ...REAL_CLOCK_SUBJECT,
      async createStore(limits) {
        const prefix = newPrefix();
        return createRedisEventStore({ redis: (await connect()).redis, prefix, ...limits });
      },
      async createTwoProcesses(limits) {
        const prefix = newPrefix();
        const [one, two] = await Promise.all([connect(), connect()]);
        return {
          first: createRedisEventStore({ redis: one.redis, prefix, ...limits }),
          second: createRedisEventStore({ redis: two.redis, prefix, ...limits }),
          killFirst: async () => one.kill(),
        };
      },
    });

    test('keeps one key per event under the prefix: a five-minute claim, then a three-day memory', async () => {
      const { redis } = await connect();
      const store = createRedisEventStore({ redis, prefix: `defaults-${name}:` });
      const command = (args: string[]) =>
        'call' in redis ? redis.call(args[0] as string, args.slice(1)) : redis.sendCommand(args);
      expect(await store.claim('evt_1', 'a')).toBe('claimed');
      const leaseLeft = Number(await command(['PTTL', `defaults-${name}:evt_1`]));
      // Generous bounds: only the order of magnitude of each default is at stake.
      expect(leaseLeft).toBeGreaterThan(5 * 60_000 - 60_000);
      expect(leaseLeft).toBeLessThanOrEqual(5 * 60_000);
      await store.complete('evt_1', 'a');
      expect(await command(['GET', `defaults-${name}:evt_1`])).toBe('processed');
      const memoryLeft = Number(await command(['PTTL', `defaults-${name}:evt_1`]));
      expect(memoryLeft).toBeGreaterThan(3 * 24 * 3600_000 - 60_000);
      expect(memoryLeft).toBeLessThanOrEqual(3 * 24 * 3600_000);
    });
  });
}

describe('createRedisEventStore set-up', () => {
  test('refuses what is not a Redis client, and limits that are not positive, with setup errors', () => {
    expect(() => createRedisEventStore({ redis: {} as NodeRedisClient })).toThrow(
      /^createRedisEventStore\(\): pass redis, a connected node-redis client/,
    );
    // @ts-expect-error: redis is required
    expect(() => createRedisEventStore({})).toThrow(TypeError);
    const redis: NodeRedisClient = { sendCommand: async () => 'claimed' };
    expect(() => createRedisEventStore({ redis, leaseMs: 0 })).toThrow(
      /^createRedisEventStore\(\): leaseMs must be a positive number/,
    );
    expect(() => createRedisEventStore({ redis, ttlMs: Number.NaN })).toThrow(/ttlMs/);
  });
});
