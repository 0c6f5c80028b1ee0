/**
 * What every adapter wraps: a Fetch-style handler such as the one `createPortalHandler()` returns,
 * called with the `Request` and the framework's own object for it (`TContext`).
 *
 * Adapters only translate a framework's request into a `Request` and the `Response` back, and pass
 * their native object along for the app's auth; they never validate, map errors or call Stripe, so
 * every framework gets exactly the same behaviour.
 */
export type FetchHandler<TContext> = (request: Request, context: TContext) => Response | Promise<Response>;
