import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page on another site, and how to take it down. */
export interface OtherSite {
  /** `http://localhost:<port>/`: another host name than the demo's `127.0.0.1`, so another site. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `html` from a real loopback server under the host name `localhost`, as an attacker's page
 * would be on another site. (A page faked with `page.route()` has no address, and Chromium's local
 * network access checks then stop its requests to 127.0.0.1 before they leave the browser.)
 */
export async function serveOtherSite(html: string): Promise<OtherSite> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
