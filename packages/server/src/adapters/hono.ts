import type { Context } from 'hono';
import type { FetchHandler } from './fetch-handler';
import { replaceBody } from './replace-body';

/**
 * Turns a portal handler into a Hono route handler.
 *
 * Mount it with `app.all()` rather than `app.post()`: a `GET` then gets the handler's own
 * `405 Method Not Allowed` with `Allow: POST` and our JSON error body, instead of Hono's plain 404.
 *
 * A middleware that already read the body through Hono (`c.req.json()`, `c.req.parseBody()`,
 * `c.req.text()`, the `validator`) does no harm: the handler gets the same bytes again from Hono's
 * body cache and validates them as usual, 8 KiB limit included.
 *
 * @param handler - The handler made by `createPortalHandler()`, or any `(Request) => Response`.
 * @returns A handler for `app.all(path, …)` (or `app.post(path, …)`, if Hono's 404 for other methods is fine).
 *
 * @example
 * import { Hono } from 'hono';
 * import { createPortalHandler } from '@portalkit/server';
 * import { toHonoHandler } from '@portalkit/server/hono';
 *
 * const portal = createPortalHandler({ stripe, getCustomerId, returnUrl: 'https://app.example.com/account' });
 * const app = new Hono();
 * app.all('/api/billing/portal', toHonoHandler(portal));
 */
export function toHonoHandler(handler: FetchHandler): (c: Context) => Promise<Response> {
  return async (c) => {
    const request = c.req.raw;
    if (!request.bodyUsed) return handler(request);
    // Hono caches what its body readers returned; `arrayBuffer()` turns any cached form back into bytes.
    // If the stream was read around Hono's cache, this rejects and the app's `onError` reports it.
    return handler(replaceBody(request, await c.req.arrayBuffer()));
  };
}
