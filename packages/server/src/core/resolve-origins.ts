import { parseOrigin } from './parse-http-url';
import { portalSetupError } from './setup-error';

/** Who may post to the handler, and where customers may be sent back to: two lists, two jobs. */
export interface ResolvedOrigins {
  /** Origins whose pages may post (the `Origin` check). Always holds the origin of `returnUrl`. */
  allowedOrigins: ReadonlySet<string>;
  /** Origins an absolute `returnTo` may point at. Always holds the origin of `returnUrl`. */
  returnOrigins: ReadonlySet<string>;
}

/**
 * Checks `allowedOrigins` and `returnOrigins`. They are kept apart because a page that may post can
 * start a portal session with the customer's cookies, while a return origin only receives the
 * customer afterwards: listing a marketing site as a place to come back to must not let it post.
 * Without `returnOrigins`, customers may return to any origin that may post.
 *
 * @example
 * resolveOrigins({ allowedOrigins: undefined, returnOrigins: ['https://www.example.com'] }, 'https://app.example.com');
 * // { allowedOrigins: {app}, returnOrigins: {app, www} }
 */
export function resolveOrigins(
  options: { allowedOrigins?: readonly string[] | undefined; returnOrigins?: readonly string[] | undefined },
  returnUrlOrigin: string,
): ResolvedOrigins {
  const allowedOrigins = originSet('allowedOrigins', options.allowedOrigins, returnUrlOrigin);
  const returnOrigins =
    options.returnOrigins === undefined ? allowedOrigins : originSet('returnOrigins', options.returnOrigins, returnUrlOrigin);
  return { allowedOrigins, returnOrigins };
}

function originSet(name: string, entries: readonly string[] | undefined, returnUrlOrigin: string): ReadonlySet<string> {
  if (entries !== undefined && !Array.isArray(entries)) {
    throw portalSetupError(`${name} must be an array of origins such as ["https://app.example.com"].`);
  }
  const origins = new Set([returnUrlOrigin]);
  for (const entry of entries ?? []) {
    const origin = parseOrigin(entry);
    if (!origin)
      throw portalSetupError(
        `${name} takes origins such as "https://app.example.com" (scheme, host and port, no path); got ${JSON.stringify(entry)}.`,
      );
    origins.add(origin);
  }
  return origins;
}
