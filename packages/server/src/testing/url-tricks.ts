import fc from 'fast-check';

/*
 * A grammar of the ways a return target can point somewhere other than it reads: URLs built from
 * parts that parsers disagree on (WHATWG URL, browsers, routers that decode before redirecting).
 * Each part is a list of tricks, so a generated URL combines several at once.
 */

/** Hosts the fuzzed handlers allow, and hosts they must never send a customer to. */
export const ALLOWED_HOSTS = ['app.example.com', 'marketing.example.com', 'localhost:3000', '[::1]:8443'];
const FOREIGN_HOSTS = [
  'evil.com',
  'app.example.com.evil.com',
  'evilapp.example.com',
  'app.example.com%2eevil.com',
  'APP.EXAMPLE.COM',
  'app.example.com.',
  'app.example.com:443',
  'app.example.com:8443',
  'app.example.com:0',
  'app.example.com:65536',
  'app.example.com:',
  'xn--pp-8cd.example.com',
  '\u0430pp.example.com',
  'app.example.com\u3002evil.com',
  'ａｐｐ.example.com',
  '127.0.0.1',
  '0x7f.1',
  '[::1]',
  '[0:0:0:0:0:0:0:1]:8443',
  '[::ffff:127.0.0.1]',
  '[fe80::1%25eth0]',
  'localhost',
  'localhost:3001',
  'example.com',
  'www.example.com',
];
const SCHEMES = [
  'https:',
  'http:',
  'HTTPS:',
  'hTtP:',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:',
  'vbscript:',
  'ftp:',
  'file:',
  'blob:https:',
  ' https:',
];
const AFTER_SCHEME = ['//', '//', '//', '/', '', '\\\\', '/\\', '\\/', '///', '\t//', '/\t/', '%2F%2F'];
const USER_INFO = [
  '',
  '',
  '',
  'user@',
  'app.example.com@',
  ':@',
  '@',
  'user:pass@',
  'a%40b@',
  'evil.com%40',
  'app.example.com%40evil.com@',
];

/** Path segments: dot segments plain and encoded, encoded slashes, whitespace, invisible and direction marks. */
const SEGMENTS = [
  'account',
  'settings',
  'evil.com',
  '',
  '..',
  '.',
  '%2e',
  '%2E',
  '.%2E',
  '%2e.',
  '%2e%2e',
  '%2E%2E',
  '..%2F',
  '%2e%2e%2f',
  '%2F',
  '%2f',
  '%252F',
  '%25252F',
  '%5C',
  '%5c',
  '%255C',
  '\\',
  '\t',
  '\n',
  '\r',
  ' ',
  '%09',
  '%0a',
  '%0D',
  '%00',
  '%20',
  '@evil.com',
  'a@evil.com',
  ';',
  ':',
  'evil.com:443',
  '\u00fc',
  '\u202e',
  '\u200b',
  '\u200f',
  '\u2066',
  '\ufeff',
  '\u2028',
  '\u00a0',
  '\u3000',
  '\uff0f',
  '\u2215',
  '%E2%80%AE',
  '%c0%af',
  '%ef%bc%8f',
  '\ud83d\ude00',
];
const SEPARATORS = ['/', '/', '/', '//', '\\', '/\\', '%2F', '\t/', '/\t', '/./', '/../'];
const QUERIES = ['', '', '', '?next=//evil.com', '?a=..%2F..%2F', '?', '?returnTo=https://evil.com', '?x=\u202e'];
const FRAGMENTS = ['', '', '', '#//evil.com', '#', '#x', '#\\evil.com'];

/** Attacks written out in full: known ways to reach `//evil.com` or another origin. */
export const KNOWN_TRICKS = [
  '//evil.com',
  '///evil.com',
  '/\\evil.com',
  '\\\\evil.com',
  '/\t/evil.com',
  '/\n/evil.com',
  '/%2F/evil.com',
  '/.//evil.com',
  '/..//evil.com',
  '/a/..//evil.com',
  '/%2e//evil.com',
  '/%2e%2e//evil.com',
  '/.%2E//evil.com',
  '/a/%2e%2e//evil.com',
  '/./%2F/evil.com',
  '/x/.././/evil.com',
  '/account/..//evil.com/path',
  '/./\\evil.com',
  'https://app.example.com//evil.com',
  'https://app.example.com/.//evil.com',
  'https://app.example.com/a/..//evil.com',
  'https://app.example.com/%2e%2e//evil.com',
  'https://app.example.com/\t/evil.com',
  'https://app.example.com/x/../%2e//evil.com',
  'https://app.example.com@evil.com',
  'https://app.example.com.evil.com/account',
  'https://evil.com#https://app.example.com',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.com',
  '.',
  '..',
  '',
  '?x',
  '#x',
  '/',
  'https:evil.com',
  'https:/evil.com',
  'https:\\\\evil.com',
  'http://[::1]:8443//evil.com',
  'http://localhost:3000/..//evil.com',
];

const pick = (values: readonly string[]) => fc.constantFrom(...values);

/** A path: separators and segments, from none to a dozen of them. */
export const pathTrick: fc.Arbitrary<string> = fc
  .array(fc.tuple(pick(SEPARATORS), pick(SEGMENTS)), { maxLength: 12 })
  .map((parts) => parts.map(([separator, segment]) => separator + segment).join(''));

const host = fc.oneof({ arbitrary: pick(ALLOWED_HOSTS), weight: 3 }, { arbitrary: pick(FOREIGN_HOSTS), weight: 2 });

/** An absolute URL made of tricky parts, mostly on an allowed host. */
const absoluteTrick = fc
  .tuple(pick(SCHEMES), pick(AFTER_SCHEME), pick(USER_INFO), host, pathTrick, pick(QUERIES), pick(FRAGMENTS))
  .map((parts) => parts.join(''));

/** A relative target: a path (which may start with `//` or a backslash), or no leading slash at all. */
const relativeTrick = fc
  .tuple(fc.constantFrom('', '/', '//', '\\', '/\\', '.', './', '..'), pathTrick, pick(QUERIES), pick(FRAGMENTS))
  .map((parts) => parts.join(''));

/** Long targets around the 5,000-character limit, and long runs of dot segments. */
const longTrick = fc.oneof(
  fc.integer({ min: 4_980, max: 5_020 }).map((length) => `/${'a'.repeat(length - 1)}`),
  fc.integer({ min: 4_980, max: 5_020 }).map((length) => `https://app.example.com/${'b'.repeat(length - 24)}`),
  fc.integer({ min: 1, max: 1_700 }).map((count) => `${'/..'.repeat(count)}//evil.com`),
  fc.integer({ min: 1, max: 1_200 }).map((count) => `https://app.example.com${'/%2e'.repeat(count)}//evil.com`),
);

/**
 * A `returnTo` value: grammar-built URLs, the known attacks, long ones, and arbitrary text.
 *
 * @example
 * fc.assert(fc.property(returnTarget, (target) => typeof target === 'string'));
 */
export const returnTarget: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: absoluteTrick, weight: 4 },
  { arbitrary: relativeTrick, weight: 4 },
  { arbitrary: pick(KNOWN_TRICKS), weight: 2 },
  { arbitrary: longTrick, weight: 1 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
);

/** An `Origin` header value: allowed origins, their near misses, and junk. */
export const originHeader: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('https://app.example.com', 'https://marketing.example.com', 'http://localhost:3000', 'http://[::1]:8443'),
  fc.constantFrom(
    'null',
    'https://evil.com',
    'https://app.example.com.evil.com',
    'http://app.example.com',
    'https://app.example.com:8443',
    'https://APP.EXAMPLE.COM',
    'https://app.example.com/',
    'https://app.example.com:443',
    'https://user@app.example.com',
    'https://app.example.com, https://evil.com',
    ' https://app.example.com',
    'HTTPS://app.example.com',
    '*',
    '',
  ),
  fc.tuple(pick(SCHEMES), fc.constant('//'), host).map((parts) => parts.join('')),
);
