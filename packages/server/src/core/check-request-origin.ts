import { BillingError } from '@portalkit/protocol';
import type { SafeLogger } from './safe-logger';

const REFUSED_MESSAGE = 'This request came from another site. Post from a page on an allowed origin (see allowedOrigins).';

/**
 * Refuses cross-site requests (CSRF) before anything else is read. Creating a portal session acts with
 * the customer's cookies, so only the app's own pages may ask for one.
 *
 * - An `Origin` header must be one of `allowedOrigins`. `Origin: null` (sandboxed frames, `data:`
 *   pages, some redirects) never is.
 * - `Sec-Fetch-Site: cross-site` is refused even when `Origin` is allowed: a cross-site post cannot carry
 *   `SameSite=Lax` session cookies, and we answer no CORS preflight, so no legitimate caller sends one.
 *   `same-site` needs an allowed `Origin`, since a sibling subdomain is not necessarily the app.
 * - With neither header the request did not come from a modern browser (every current browser sends
 *   `Origin` on a POST, and `Sec-Fetch-Site` too), so it cannot be a browser forging a request with the
 *   customer's cookies: we let it through. Server-to-server callers, tests and curl work that way. Go's
 *   `net/http.CrossOriginProtection` draws the same line.
 */
export function checkRequestOrigin(request: Request, allowedOrigins: ReadonlySet<string>, logger: SafeLogger): void {
  const origin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site')?.toLowerCase() ?? null;
  const refused =
    (origin !== null && !allowedOrigins.has(origin)) ||
    fetchSite === 'cross-site' ||
    (fetchSite === 'same-site' && origin === null);
  if (!refused) return;
  // A warning, not an error: usually an attack or a probe, but also what a missing allowedOrigins entry looks like.
  logger.warn('Refused a cross-site request to the portal handler.', {
    origin: origin?.slice(0, 200) ?? null,
    secFetchSite: fetchSite?.slice(0, 50) ?? null,
    allowedOrigins: [...allowedOrigins],
  });
  throw new BillingError('CROSS_SITE_REQUEST', REFUSED_MESSAGE);
}
