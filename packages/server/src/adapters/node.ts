import type { IncomingMessage } from 'node:http';
import type { FetchHandler } from './fetch-handler';
import { createNodeListener, type NodeListener } from './node-listener';

export type { NodeListener } from './node-listener';

/**
 * Turns a portal handler into a `node:http` request listener `(req, res)`. The handler gets Node's
 * `IncomingMessage` as its second argument, so `getCustomerId(request, req)` can read what your
 * server put on it or in its headers.
 *
 * The request is bridged with `@hono/node-server`, so the body streams to the handler (which stops
 * reading past 8 KiB), a client that disconnects aborts `request.signal`, and response headers such as
 * several `Set-Cookie` lines survive. It answers every method: the handler itself replies `405` with
 * `Allow: POST` to anything but `POST`, so route only the portal path to it.
 *
 * @param handler - The handler made by `createPortalHandler()`, or any `(request, req) => Response`.
 * @returns A listener for `http.createServer()`, or for a path inside your own listener.
 *
 * @example
 * import { createServer, type IncomingMessage } from 'node:http';
 * import { createPortalHandler } from '@portalkit/server';
 * import { toNodeHandler } from '@portalkit/server/node';
 *
 * const portal = toNodeHandler(
 *   createPortalHandler<IncomingMessage>({
 *     stripe,
 *     getCustomerId: async (request, req) => (await sessions.read(req.headers.cookie))?.stripeCustomerId ?? null,
 *     returnUrl: 'https://app.example.com/account',
 *   }),
 * );
 * createServer((req, res) => {
 *   if (req.url?.split('?')[0] === '/api/billing/portal') return portal(req, res);
 *   res.statusCode = 404;
 *   res.end();
 * }).listen(3000);
 */
export function toNodeHandler<TIncoming extends IncomingMessage = IncomingMessage>(
  handler: FetchHandler<TIncoming>,
): NodeListener<TIncoming> {
  return createNodeListener<TIncoming>(async (request, incoming) => handler(request, incoming));
}
