import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type ServerProcess, startServerProcess } from './server-process';
import { useServerPerBlock } from './use-server-per-block';

/*
 * A real Redis server for tests, one per call, on a free loopback port, in a temporary folder, with no
 * persistence. It runs `REDIS_SERVER` if set, else `redis-server` on PATH (Debian's `redis-server`
 * package, which `bash scripts/setup.sh test` installs when it is missing).
 */

/**
 * A running server from {@link startRedis}.
 *
 * @example
 * const { url, stop }: RunningRedis = await startRedis();
 */
export interface RunningRedis {
  /** Its `redis://` URL. */
  url: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Starts a fresh Redis server and resolves once it accepts connections. Rejects, saying why, when it
 * cannot: a test that needs Redis fails rather than skips.
 *
 * @example
 * const redis = await startRedis();
 * const client = await createClient({ url: redis.url }).connect();
 * // ... tests ...
 * await client.close();
 * await redis.stop();
 */
export async function startRedis(): Promise<RunningRedis> {
  const program = process.env.REDIS_SERVER ?? 'redis-server';
  const folder = await mkdtemp(join(tmpdir(), 'portalkit-redis-'));
  let server: ServerProcess | undefined;
  let port = 0;
  for (let attempt = 1; server === undefined; attempt += 1) {
    port = await freePort();
    try {
      server = await startServerProcess(
        'Redis',
        program,
        [
          ...['--port', String(port), '--bind', '127.0.0.1', '--dir', folder],
          ...['--save', '', '--appendonly', 'no', '--daemonize', 'no'],
        ],
        /Ready to accept connections/,
      );
    } catch (error) {
      const message = (error as Error).message;
      if (attempt >= 3 || !/Address already in use/.test(message)) {
        await rm(folder, { recursive: true, force: true });
        const hint = /could not be started/.test(message)
          ? ' Install it with `bash scripts/setup.sh test` (Debian: apt-get install redis-server), or set REDIS_SERVER.'
          : '';
        throw new Error(`startRedis(): ${message}${hint}`);
      }
    }
  }
  const running = server;
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await running.stop(['SIGTERM', 'SIGKILL']);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A Redis server for the file (or `describe` block) this is called in: started before its first test,
 * stopped after its last.
 *
 * @returns A getter for the server's URL.
 *
 * @example
 * const redisUrl = useRedis();
 * test('...', async () => {
 *   const client = new Redis(redisUrl());
 * });
 */
export function useRedis(): () => string {
  return useServerPerBlock('useRedis', startRedis);
}
