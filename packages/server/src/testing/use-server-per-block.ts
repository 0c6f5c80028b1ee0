import { afterAll, beforeAll } from 'vitest';

/** A database server a test started, by its connection URL. */
export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A server for the file (or `describe` block) this is called in: started before its first test,
 * stopped after its last, so files share no data.
 *
 * @returns A getter for the server's URL, valid while the block's tests run.
 *
 * @example
 * export const useRedis = () => useServerPerBlock('useRedis', startRedis);
 */
export function useServerPerBlock(name: string, start: () => Promise<RunningServer>): () => string {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await start();
  }, 60_000);
  afterAll(() => server?.stop(), 30_000);
  return () => {
    if (!server) throw new Error(`${name}(): the server runs only during the tests of the block that started it.`);
    return server.url;
  };
}
