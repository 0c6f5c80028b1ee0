/**
 * What every adapter wraps: a Fetch-style handler such as the one `createPortalHandler()` returns.
 *
 * Adapters only translate a framework's request into a `Request` and the `Response` back; they never
 * validate, map errors or call Stripe, so every framework gets exactly the same behaviour.
 */
export type FetchHandler = (request: Request) => Response | Promise<Response>;
