import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { FetchHandler } from './fetch-handler';
import { createNodeListener } from './node-listener';
import { bodyAsSent } from './express-body';

/** The parts of an Express request the adapter reads; Express 4 and 5 requests both fit. */
export interface ExpressRequestLike extends IncomingMessage {
  /** What a body parser made of the body, if one ran: only `express.raw()`'s Buffer is used. */
  body?: unknown;
  /** The original bytes, when the app keeps them (e.g. `express.json({ verify })`); used as they are. */
  rawBody?: unknown;
  /** The URL as the client sent it; Express shortens `url` inside a mounted router. */
  originalUrl?: string;
}

/**
 * An Express route handler, typed structurally so the adapter needs no `@types/express`.
 *
 * @typeParam TRequest - Your app's request type, e.g. `express.Request` with what your auth adds to it.
 */
export type ExpressHandler<TRequest extends ExpressRequestLike = ExpressRequestLike> = (
  req: TRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/*
 * Carries Express's `next` from the route handler to the bridge callback for the same request. A
 * WeakMap rather than a property on `req`, so nothing shows up on the app's request object.
 */
const pending = new WeakMap<IncomingMessage, (error?: unknown) => void>();

/**
 * Turns a portal handler into an Express route handler, on top of the same Node bridge as
 * `toNodeHandler`. The handler gets Express's `req` as its second argument, so
 * `getCustomerId(request, req)` can read `req.user` (passport), `req.session` (express-session) or
 * whatever your auth middleware set.
 *
 * Mount it before the body parsers (`express.json()`, `express.urlencoded()`), or keep the original
 * bytes with their `verify` option: a parsed body cannot prove its size, encoding or repeated fields,
 * which the handler checks, so after a parser the handler answers `SERVER_MISCONFIGURED` with the
 * parser's name and this fix. A `req.rawBody` Buffer kept by `verify`, or `express.raw()`'s Buffer,
 * is used as the bytes the client sent, under the headers it sent (a gzip body is still refused).
 * Mount it with `app.all()` so other methods get the handler's `405` with `Allow: POST`.
 *
 * The handler answers every expected failure itself (400, 401, 403, 404, 413, 5xx from Stripe...).
 * Only an unexpected exception, a handler that throws, goes to `next(error)`, for the app's error
 * middleware.
 *
 * @param handler - The handler made by `createPortalHandler()`, or any `(request, req) => Response`.
 * @returns A handler for `app.all(path, …)`, `app.post(path, …)` or a `Router`.
 *
 * @example
 * import express from 'express';
 * import { createPortalHandler } from '@portalkit/server';
 * import { toExpressHandler } from '@portalkit/server/express';
 *
 * const app = express();
 * app.use(passport.session()); // or any auth middleware that sets req.user
 *
 * const portal = createPortalHandler<express.Request>({
 *   stripe,
 *   getCustomerId: (request, req) => req.user?.stripeCustomerId ?? null,
 *   returnUrl: 'https://app.example.com/account',
 * });
 * // Before the body parsers, which would consume the body the handler checks.
 * app.all('/api/billing/portal', toExpressHandler(portal));
 * app.use(express.json());
 */
export function toExpressHandler<TRequest extends ExpressRequestLike = ExpressRequestLike>(
  handler: FetchHandler<TRequest>,
): ExpressHandler<TRequest> {
  const listener = createNodeListener<TRequest>(async (request, incoming) => {
    const next = pending.get(incoming);
    pending.delete(incoming);
    try {
      return await handler(bodyAsSent(request, incoming), incoming);
    } catch (error) {
      if (!next) throw error;
      next(error);
      return RESPONSE_ALREADY_SENT;
    }
  });
  return (req, res, next) => {
    pending.set(req, next);
    // The bridge reads `req.url` synchronously, before its first await. Inside a router mounted at
    // `/api` Express has cut it to `/billing/portal`; lend the bridge the full URL, then put it back.
    const routedUrl = req.url;
    req.url = req.originalUrl ?? routedUrl;
    void listener(req, res);
    req.url = routedUrl;
  };
}
