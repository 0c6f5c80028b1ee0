import type { Context, Env, Input } from 'hono';
import type { FetchHandler } from './fetch-handler';
import { cachedBodyAsSent } from './hono-body';
import { replaceBody } from './replace-body';

/**
 * Turns a portal handler into a Hono route handler. The handler gets Hono's `c` as its second
 * argument, so `getCustomerId(request, c)` can read what your auth middleware set with `c.set()`.
 *
 * Mount it with `app.all()` rather than `app.post()`: a `GET` then gets the handler's own
 * `405 Method Not Allowed` with `Allow: POST` and our JSON error body, instead of Hono's plain 404.
 *
 * A middleware that already read the body through Hono (`c.req.json()`, `c.req.parseBody()`,
 * `c.req.formData()`, `c.req.text()`, `c.req.arrayBuffer()`, the `validator`) does no harm: the
 * handler gets the body again from Hono's body cache, as the client sent it, and validates it as
 * usual, 8 KiB limit included. When the cache cannot show what was sent (decoded text or a form
 * without a `Content-Length`, or a body read around the cache), the handler answers
 * `SERVER_MISCONFIGURED` with what to change.
 *
 * @param handler - The handler made by `createPortalHandler()`, or any `(request, c) => Response`.
 * Made with `createPortalHandler<Context<Env>>()`, it fits only an app with that `Env`.
 * @returns A handler for `app.all(path, …)` (or `app.post(path, …)`, if Hono's 404 for other methods is fine).
 *
 * @example
 * import { Hono, type Context } from 'hono';
 * import { createPortalHandler } from '@portalkit/server';
 * import { toHonoHandler } from '@portalkit/server/hono';
 *
 * type Env = { Variables: { user?: { stripeCustomerId: string } } };
 * const app = new Hono<Env>();
 * app.use(auth); // your middleware: c.set('user', ...)
 *
 * const portal = createPortalHandler<Context<Env>>({
 *   stripe,
 *   getCustomerId: (request, c) => c.get('user')?.stripeCustomerId ?? null,
 *   returnUrl: 'https://app.example.com/account',
 * });
 * app.all('/api/billing/portal', toHonoHandler(portal));
 */
// biome-ignore lint/complexity/noBannedTypes: `{}` is Hono's own default for `Input`; another default would not match its handlers.
export function toHonoHandler<E extends Env = any, P extends string = any, I extends Input = {}>(
  handler: FetchHandler<Context<E, P, I>>,
): (c: Context<E, P, I>) => Promise<Response> {
  // Not `async`: the handler's own promise goes straight back to Hono (`Promise.resolve` returns it
  // as it is), without a wrapper promise and the microtask turns that adopting it would cost.
  return (c) => {
    const request = c.req.raw;
    if (!request.bodyUsed) return Promise.resolve(handler(request, c));
    // Not `c.req.arrayBuffer()`: from a cached FormData, Hono would make multipart bytes of a
    // urlencoded form, and from cached text, bytes it cannot vouch for the size of.
    return cachedBodyAsSent(c.req).then((body) => handler(replaceBody(request, body), c));
  };
}
