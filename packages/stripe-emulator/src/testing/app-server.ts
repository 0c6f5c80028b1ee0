import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stand-in app received. */
export interface AppRequest {
  path: string;
  referer: string | undefined;
}

/** A stand-in for the app a browser test leaves from and returns to. */
export interface AppServer {
  /** `http://localhost:<port>`: another site than the emulator's `127.0.0.1`. */
  origin: string;
  requests: AppRequest[];
  close(): Promise<void>;
}

/**
 * Starts a tiny HTML server on a free loopback port, answering each path with `page(path)`, and
 * records what it was asked for (with the `Referer`, to check none leaks a session URL).
 *
 * @example
 * const app = await startAppServer((path) => (path === '/account' ? '<a href="...">Manage billing</a>' : '<h1>Back</h1>'));
 */
export async function startAppServer(page: (path: string) => string): Promise<AppServer> {
  const requests: AppRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', referer: request.headers.referer });
    response.setHeader('content-type', 'text/html');
    response.end(page(request.url ?? ''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser's keep-alive sockets would hold close() open.
        server.closeAllConnections();
      }),
  };
}
