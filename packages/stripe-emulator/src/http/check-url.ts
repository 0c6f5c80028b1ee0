import { StripeApiError } from './stripe-error';

/**
 * Stripe's check for URL parameters (`return_url`, redirect URLs): an absolute http(s) URL, or
 * `url_invalid` / "Not a valid URL" (observed in third-party logs, e.g.
 * github.com/AntonioErdeljac/next13-ai-saas/issues/41). Whether Stripe accepts plain `http://` was not
 * confirmed; the emulator accepts it, since local development depends on it.
 */
export function checkUrl(value: string, param: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) {
    throw new StripeApiError('Not a valid URL', { code: 'url_invalid', param });
  }
  return value;
}
