/* @portalkit/server/redis: the kit's webhook event store on Redis (node-redis or ioredis). */
export { createRedisEventStore } from './redis-event-store';
export type { RedisEventStoreOptions } from './redis-event-store';
export type { IoRedisClient, NodeRedisClient } from './redis-commands';
