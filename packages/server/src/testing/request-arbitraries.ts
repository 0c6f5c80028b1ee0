import fc from 'fast-check';
import { fuzzBody, type FuzzBody } from './body-arbitraries';
import { ALICE, BOB } from './portal-test-kit';
import { originHeader } from './url-tricks';

/** How the body's text becomes bytes: mostly UTF-8, sometimes an encoding the handler must refuse. */
export type BodyEncoding = 'utf-8' | 'utf-8-bom' | 'latin1' | 'utf-16le';

/** How `Content-Length` is declared: not at all, truthfully, falsely, or next to `Transfer-Encoding`. */
export type DeclaredLength = 'none' | 'exact' | 'shorter' | 'longer' | 'huge' | 'junk' | 'chunked';

/**
 * One generated request, as plain data so fast-check can print and shrink it: which handler set-up
 * answers it, who is signed in, and what the browser (or attacker) sends.
 */
export interface FuzzRequest {
  /** Index into the suite's handler set-ups. */
  setup: number;
  /** The customer `getCustomerId` returns; `null` is signed out. */
  customer: string | null;
  method: string;
  headers: Record<string, string>;
  body: FuzzBody | null;
  encoding: BodyEncoding;
  declaredLength: DeclaredLength;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json;charset="UTF-8"',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json-patch+json',
  ' application/json ',
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded;charset=UTF-8',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'text/plain',
  'text/plain;charset=UTF-8',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/jsonp',
  '*/*',
  '',
];
const FETCH_SITES = [
  'same-origin',
  'same-origin',
  'same-origin',
  'same-site',
  'cross-site',
  'none',
  'Cross-Site',
  'SAME-ORIGIN',
  'cross-site, same-origin',
  'junk',
];
const ACCEPTS = [
  '*/*',
  'application/json',
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'TEXT/HTML',
  'application/json, text/html',
  'image/png',
];
const ENCODINGS = ['identity', 'IDENTITY', 'gzip', 'br', 'deflate', 'gzip, identity', ''];
const METHODS = ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'post', 'PROPFIND'];

/** Sometimes a value, sometimes left out (the key absent from the record). */
const maybe = (arbitrary: fc.Arbitrary<string>, freq: number) => fc.option(arbitrary, { freq, nil: undefined });

/** Mostly the type that matches the body (`'matching'`, resolved below), then any type, or none. */
const contentType = fc.oneof(
  { arbitrary: fc.constant('matching'), weight: 8 },
  { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

// A record, not a chain, so fast-check can shrink the body and the headers of a failing request alike.
const bodyAndHeaders = fc.record({
  body: fc.option(fuzzBody, { freq: 12 }),
  contentType,
  origin: fc.oneof(
    { arbitrary: fc.constant('https://app.example.com'), weight: 4 },
    { arbitrary: originHeader, weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  ),
  fetchSite: maybe(fc.constantFrom(...FETCH_SITES), 5),
  accept: maybe(fc.constantFrom(...ACCEPTS), 5),
  contentEncoding: maybe(fc.constantFrom(...ENCODINGS), 1),
});

/** Header values as `Headers` takes them: no CR, LF or NUL, and no character above U+00FF. */
function headerSafe(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and U+0000-U+00FF are the bounds Headers enforces.
  return value.replace(/[\r\n\0]/g, '').replace(/[^\u0000-\u00ff]/g, '?');
}

/**
 * A request to the portal handler: right or wrong method, origin headers, content type, encoding,
 * declared length and body, for one of `setups` handler set-ups.
 *
 * @example
 * fc.assert(fc.asyncProperty(fuzzRequest(3), async (fuzz) => { await handler(toRequest(fuzz)); }));
 */
export function fuzzRequest(setups: number): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      setup: fc.nat({ max: setups - 1 }),
      customer: fc.oneof({ arbitrary: fc.constant(ALICE), weight: 6 }, { arbitrary: fc.constantFrom(BOB, null), weight: 1 }),
      method: fc.oneof({ arbitrary: fc.constant('POST'), weight: 20 }, { arbitrary: fc.constantFrom(...METHODS), weight: 1 }),
      parts: bodyAndHeaders,
      encoding: fc.oneof(
        { arbitrary: fc.constant<BodyEncoding>('utf-8'), weight: 12 },
        { arbitrary: fc.constantFrom<BodyEncoding>('utf-8-bom', 'latin1', 'utf-16le'), weight: 1 },
      ),
      declaredLength: fc.oneof(
        { arbitrary: fc.constantFrom<DeclaredLength>('none', 'exact'), weight: 10 },
        { arbitrary: fc.constantFrom<DeclaredLength>('shorter', 'longer', 'huge', 'junk', 'chunked'), weight: 1 },
      ),
    })
    .map(({ parts, method, ...rest }) => {
      const headers: Record<string, string> = {};
      const matching = parts.body?.kind === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
      const named = {
        'content-type': parts.contentType === 'matching' ? matching : parts.contentType,
        origin: parts.origin,
        'sec-fetch-site': parts.fetchSite,
        accept: parts.accept,
        'content-encoding': parts.contentEncoding,
      };
      for (const [name, value] of Object.entries(named)) if (value !== undefined) headers[name] = headerSafe(value);
      // GET and HEAD cannot carry a body in a Fetch `Request`.
      const body = method === 'GET' || method === 'HEAD' ? null : parts.body;
      return { ...rest, method, headers, body };
    });
}
