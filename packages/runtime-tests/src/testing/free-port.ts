import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on right now, for servers that cannot be told to pick one and
 * report it (workerd's config, `next start`). Another process could take it first; on this machine's
 * short-lived test servers that has not been seen.
 *
 * @example
 * const port = await freePort();
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
