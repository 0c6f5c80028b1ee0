import type { Redis } from 'ioredis';
import type { createClient } from 'redis';
import { test } from 'vitest';
import { createRedisEventStore } from './redis-event-store';

declare const nodeRedis: ReturnType<typeof createClient>;
declare const ioredis: Redis;

test('takes a node-redis client and an ioredis client as they are', () => {
  createRedisEventStore({ redis: nodeRedis });
  createRedisEventStore({ redis: ioredis });
  // @ts-expect-error: a client with neither sendCommand(args) nor call(command, args)
  createRedisEventStore({ redis: { get: async (key: string) => key } });
});
