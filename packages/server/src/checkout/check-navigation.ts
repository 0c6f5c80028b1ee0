import { BillingError } from '@portalkit/protocol';
import type { SafeLogger } from '../core/safe-logger';

const REFUSED = 'This link opens billing when followed in a browser tab; it cannot be fetched, framed or embedded.';

/**
 * Lets through a top-level navigation only: a click on a link, from the app or from an email (which
 * is cross-site, so `Sec-Fetch-Site` is not checked). `Sec-Fetch-Mode` other than `navigate` (a
 * `fetch`, an `<img>`, a `<script>`) and `Sec-Fetch-Dest` other than `document` (an `<iframe>`, an
 * `<object>`) are refused when present: another site could use those to open sessions in the
 * background, or to frame the portal. Without the headers, the client is not a current browser
 * (every one sends them, https://www.w3.org/TR/fetch-metadata/), so it carries no customer's cookies
 * unasked.
 */
export function checkNavigation(request: Request, logger: SafeLogger): void {
  const mode = request.headers.get('sec-fetch-mode')?.toLowerCase() ?? null;
  const dest = request.headers.get('sec-fetch-dest')?.toLowerCase() ?? null;
  if ((mode === null || mode === 'navigate') && (dest === null || dest === 'document')) return;
  logger.warn('Refused a portal link request that was not a top-level navigation.', {
    secFetchMode: mode?.slice(0, 50) ?? null,
    secFetchDest: dest?.slice(0, 50) ?? null,
  });
  throw new BillingError('CROSS_SITE_REQUEST', REFUSED);
}
