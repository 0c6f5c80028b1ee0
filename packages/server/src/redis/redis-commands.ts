import { setupError } from '../core/setup-error';

/**
 * A node-redis client (`createClient()` from `redis` or `@redis/client`), as {@link createRedisEventStore}
 * uses it: `sendCommand(args)` sends one command. Anything with that method fits, so a small wrapper
 * makes another client usable.
 *
 * @example
 * import { createClient } from 'redis';
 * const redis: NodeRedisClient = await createClient({ url: process.env.REDIS_URL }).connect();
 */
export interface NodeRedisClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/**
 * An ioredis client (`new Redis()` from `ioredis`), as {@link createRedisEventStore} uses it:
 * `call(command, args)` sends one command.
 *
 * @example
 * import { Redis } from 'ioredis';
 * const redis: IoRedisClient = new Redis(process.env.REDIS_URL);
 */
export interface IoRedisClient {
  call(command: string, args: string[]): Promise<unknown>;
}

/**
 * Runs one Lua script atomically on the server, with its keys and arguments.
 *
 * @example
 * const run: RunScript = scriptRunner(redis);
 * await run("return redis.call('GET', KEYS[1])", ['key'], []);
 */
export type RunScript = (script: string, keys: string[], args: string[]) => Promise<unknown>;

/**
 * How to run a script on `redis`, whichever of the two clients it is. ioredis also has a
 * `sendCommand`, with another meaning (it takes a Command object), so `call` is looked for first.
 *
 * @example
 * const runScript = scriptRunner(redis);
 */
export function scriptRunner(redis: NodeRedisClient | IoRedisClient): RunScript {
  const client = redis as Partial<NodeRedisClient & IoRedisClient> | undefined;
  if (typeof client?.call === 'function') {
    const ioredis = client as IoRedisClient;
    return (script, keys, args) => ioredis.call('EVAL', [script, String(keys.length), ...keys, ...args]);
  }
  if (typeof client?.sendCommand === 'function') {
    const nodeRedis = client as NodeRedisClient;
    return (script, keys, args) => nodeRedis.sendCommand(['EVAL', script, String(keys.length), ...keys, ...args]);
  }
  throw setupError(
    'createRedisEventStore',
    'pass redis, a connected node-redis client (createClient()) or an ioredis client (new Redis()).',
  );
}
