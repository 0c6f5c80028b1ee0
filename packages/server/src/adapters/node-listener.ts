import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';

/**
 * A `node:http` request listener, as `http.createServer()` and Express take it.
 *
 * @typeParam TIncoming - The request type your server hands out, for apps that add their own fields.
 */
export type NodeListener<TIncoming extends IncomingMessage = IncomingMessage> = (
  req: TIncoming,
  res: ServerResponse,
) => Promise<void>;

/** Turns one Node request, already bridged to a `Request`, into the `Response` to send. */
export type NodeFetch<TIncoming extends IncomingMessage> = (
  request: Request,
  incoming: TIncoming,
  outgoing: ServerResponse,
) => Promise<Response>;

/**
 * The one Node-to-Fetch bridge of the package, shared by the Node and Express adapters.
 *
 * Converting Node requests is harder than it looks (URL and Host validation, streamed bodies, client
 * aborts feeding `request.signal`, draining unread bodies, several `Set-Cookie` headers, back-pressure
 * on the way out), so we reuse `@hono/node-server`'s `getRequestListener` instead of writing our own.
 */
export function createNodeListener<TIncoming extends IncomingMessage>(fetch: NodeFetch<TIncoming>): NodeListener<TIncoming> {
  // The bridge hands back the very `req` the listener was called with: the app's own object.
  const listener = getRequestListener(
    (request, env) => fetch(request, env.incoming as TIncoming, env.outgoing as ServerResponse),
    {
      // By default the bridge swaps the process-wide `Request` and `Response` for its faster versions.
      // An adapter must not change globals behind the app's back, so we keep the platform's.
      overrideGlobalObjects: false,
    },
  );
  return (req, res) => listener(req, res);
}
