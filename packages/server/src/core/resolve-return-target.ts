import { BillingError, REQUEST_LIMITS } from '@portalkit/protocol';
import { hasUrlTricks, parseHttpUrl } from './parse-http-url';
import { isSafeReturnUrl } from './safe-return-url';

/** What the return-target check needs from the options. */
export interface ReturnTargetPolicy {
  /** The default return URL (absolute, already validated). */
  returnUrl: string;
  /** The origin of `returnUrl`, which relative paths resolve against. */
  returnOrigin: string;
  /** The origins an absolute `returnTo` may point at (`returnOrigins`, by default the post origins). */
  returnOrigins: ReadonlySet<string>;
}

const REFUSED_MESSAGE =
  'returnTo must be a path on this app (such as "/account", not starting with "//" once "." and ".." are resolved) or an absolute http(s) URL on an allowed return origin.';

/**
 * Turns the request's `returnTo` into the absolute URL Stripe sends the customer back to, or refuses
 * it. Without a `returnTo`, the default `returnUrl` is used.
 *
 * An allowlist, not a blocklist: a target is accepted only when it parses to an allowed origin and
 * holds nothing a browser or router could read differently. The text is checked as sent (tabs,
 * spaces and backslashes that parsing would silently drop or fix), then the parsed URL is, by
 * {@link isSafeReturnUrl}, so what dot segments resolve to counts, not what was typed.
 */
export function resolveReturnTarget(returnTo: string | undefined, policy: ReturnTargetPolicy): string {
  if (returnTo === undefined) return policy.returnUrl;
  if (returnTo.length > REQUEST_LIMITS.maxReturnToLength) {
    throw new BillingError('INVALID_REQUEST', `returnTo must be at most ${REQUEST_LIMITS.maxReturnToLength} characters.`, {
      param: 'returnTo',
    });
  }
  const target = returnTo.startsWith('/') ? resolvePath(returnTo, policy.returnOrigin) : resolveAbsolute(returnTo, policy);
  if (target === undefined || target.length > REQUEST_LIMITS.maxReturnToLength) {
    throw new BillingError('INVALID_REQUEST', REFUSED_MESSAGE, { param: 'returnTo' });
  }
  return target;
}

function resolvePath(path: string, origin: string): string | undefined {
  // `//host` and `/\host` are protocol-relative URLs to another host, not paths.
  if (path.startsWith('//') || hasUrlTricks(path)) return undefined;
  const url = new URL(path, origin);
  return url.origin === origin && isSafeReturnUrl(url) ? url.href : undefined;
}

function resolveAbsolute(value: string, policy: ReturnTargetPolicy): string | undefined {
  const url = parseHttpUrl(value);
  return url && isSafeReturnUrl(url) && policy.returnOrigins.has(url.origin) ? url.href : undefined;
}
