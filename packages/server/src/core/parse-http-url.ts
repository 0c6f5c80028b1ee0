import { REQUEST_LIMITS } from '@portalkit/protocol';

/*
 * Characters that have no business in a return URL and that URL parsers and browsers treat
 * inconsistently: whitespace and control characters (the WHATWG parser silently drops tabs and
 * newlines, so `/\t/evil.com` becomes `//evil.com`), backslashes (browsers read `/\evil.com` as
 * `//evil.com`), and invisible or direction-changing marks that make a URL read differently than it goes.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses.
const UNSAFE_CHARACTER = /[\s\\\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/u;

/*
 * Percent-encoded slashes, backslashes and control characters, also double-encoded (`%252F`), a
 * double-encoded dot (`%252e`: decoded twice, `/%252e%252e//evil.com` is `/..//evil.com`), and a `%`
 * that does not start an escape (`%%32%66` decodes to `%2f`). A path like `/%2F%2Fevil.com` is
 * harmless to us, but a router or proxy that decodes before redirecting turns it into `//evil.com`.
 * No nested quantifiers: one pass over the text whatever it holds.
 */
const ENCODED_TRICK = /%(?:(?:25)*(?:2f|5c|[01][0-9a-f]|7f)|(?:25)+2e|(?![0-9a-f]{2}))/i;

/*
 * The scheme, then an authority without `@`: no user info, not even an empty one that the parser would
 * drop (`https://@host`). With the scheme checked here, the parsed URL is always http(s) and has no user info.
 */
const HTTP_WITHOUT_USER_INFO = /^https?:\/\/[^/?#@]*(?:[/?#]|$)/i;
const ORIGIN_ONLY = /^https?:\/\/[^/?#]+\/?$/i;

/** True when `value` holds characters or encodings that could change where a URL leads. */
export function hasUrlTricks(value: string): boolean {
  return UNSAFE_CHARACTER.test(value) || ENCODED_TRICK.test(value);
}

/**
 * Parses an absolute `http(s)://` URL, refusing anything a browser might read differently: user info
 * (`https://app.example.com@evil.com`), backslashes, whitespace, encoded slashes, or a length over
 * Stripe's limit.
 */
export function parseHttpUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string' || value.length > REQUEST_LIMITS.maxReturnToLength) return undefined;
  if (!HTTP_WITHOUT_USER_INFO.test(value) || hasUrlTricks(value)) return undefined;
  return URL.canParse(value) ? new URL(value) : undefined;
}

/** Parses an origin such as `https://app.example.com` (a trailing `/` is tolerated, a path is not). */
export function parseOrigin(value: unknown): string | undefined {
  const url = parseHttpUrl(value);
  // Scheme and authority only: `https://app.example.com/x/..` would normalise to an origin too. A URL
  // came back, so `value` is a string.
  return url && ORIGIN_ONLY.test(value as string) ? url.origin : undefined;
}
