import { hasUrlTricks } from './parse-http-url';

/**
 * The one decision on where a customer may be sent back to, taken on the parsed URL rather than on
 * the text that was sent: WHATWG parsing drops tabs and newlines, turns `\` into `/` and removes dot
 * segments (`.`, `..`, `%2e`, `.%2E`, ...), so `/a/..//evil.com`, `/%2e//evil.com` and
 * `https://app.example.com/x/..//evil.com` all parse to the path `//evil.com`. The browser stays on
 * our host, but app code that reuses that path (a login guard's `next=`, a trailing-slash redirect, a
 * client router) reads it as the host `evil.com`.
 *
 * Safe means: http(s), no user info, a path that does not start with `//`, and nothing in the
 * normalised URL that a router or proxy decoding it again could turn into a slash, a backslash or a
 * control character (see `hasUrlTricks`). The origin is the caller's to check.
 *
 * @example
 * isSafeReturnUrl(new URL('/a/..//evil.com', 'https://app.example.com')); // false
 * isSafeReturnUrl(new URL('https://app.example.com/account')); // true
 */
export function isSafeReturnUrl(url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.pathname.startsWith('//')) return false;
  return !hasUrlTricks(url.href);
}
