import { REQUEST_LIMITS } from '@portalkit/protocol';
import { describe, expect, it } from 'vitest';
import { hasUrlTricks, parseHttpUrl, parseOrigin } from './parse-http-url';

describe('parseHttpUrl', () => {
  it.each([
    'https://app.example.com',
    'http://localhost:3000/account',
    'HTTPS://APP.EXAMPLE.COM/Account',
    'https://app.example.com?tab=billing',
    'https://app.example.com#billing',
    'https://[::1]:8443/account',
    // An `@` after the authority is part of the path or query, not user info.
    'https://app.example.com/people/@alice',
    'https://app.example.com/?next=https://user@evil.com',
  ])('parses %s', (value) => {
    expect(parseHttpUrl(value)?.href).toBe(new URL(value).href);
  });

  it.each([
    ['user info', 'https://user@app.example.com/'],
    ['a password', 'https://user:secret@app.example.com/'],
    ['a host that reads as user info', 'https://app.example.com@evil.com/'],
    ['an empty user info, which the parser would drop', 'https://@evil.com/'],
    ['an empty user info with a colon', 'https://:@evil.com/'],
  ])('refuses a URL with %s', (_case, value) => {
    expect(parseHttpUrl(value)).toBeUndefined();
  });

  it.each([
    ['another scheme', 'ftp://app.example.com/'],
    ['another scheme, with an http URL further on', 'ftp://app.example.com/https://app.example.com/'],
    ['no scheme', '//app.example.com/'],
    ['a relative path', '/account'],
    ['a script', 'javascript:alert(1)//https://app.example.com'],
  ])('refuses %s', (_case, value) => {
    expect(parseHttpUrl(value)).toBeUndefined();
  });

  it.each([
    ['a port out of range', 'https://app.example.com:65536/'],
    ['an unclosed IPv6 address', 'https://[::1/'],
    ['a host with a forbidden character', 'https://app<example.com/'],
  ])('refuses a URL the parser cannot read: %s', (_case, value) => {
    expect(parseHttpUrl(value)).toBeUndefined();
  });

  it('takes a URL up to the length Stripe accepts, and refuses a longer one', () => {
    const base = 'https://app.example.com/?q=';
    const longest = base.padEnd(REQUEST_LIMITS.maxReturnToLength, 'x');
    expect(parseHttpUrl(longest)?.href).toBe(longest);
    expect(parseHttpUrl(`${longest}x`)).toBeUndefined();
  });

  it.each([undefined, null, 42, new URL('https://app.example.com/')])('refuses %s, which is not a string', (value) => {
    expect(parseHttpUrl(value)).toBeUndefined();
  });
});

describe('hasUrlTricks', () => {
  it.each([
    ['an encoded slash', '/%2F%2Fevil.com'],
    ['an encoded backslash', '/%5Cevil.com'],
    ['a double-encoded slash', '/%252F%252Fevil.com'],
    ['an encoded control character', '/%09/evil.com'],
    ['an encoded DEL', '/%7F'],
    ['a double-encoded dot', '/%252e%252e//evil.com'],
    ['a triple-encoded dot', '/%25252e%25252e//evil.com'],
    ['a % with no escape after it', '/%%32%66'],
    ['a % with one hex digit after it', '/%2g'],
    ['a % at the end', '/account%'],
    ['a tab', '/\t/evil.com'],
    ['a backslash', '/\\evil.com'],
    ['a direction mark', '/account\u202egnp.exe'],
  ])('finds %s', (_case, value) => {
    expect(hasUrlTricks(value)).toBe(true);
  });

  it.each(['/account', '/account?plan=pro&tab=billing', '/%C3%BCbersicht', '/a%2e', '/%41%42'])('finds none in %s', (value) => {
    expect(hasUrlTricks(value)).toBe(false);
  });
});

describe('parseOrigin', () => {
  it.each([
    ['https://app.example.com', 'https://app.example.com'],
    ['https://app.example.com/', 'https://app.example.com'],
    ['HTTP://LOCALHOST:3000', 'http://localhost:3000'],
  ])('reads %s as %s', (value, origin) => {
    expect(parseOrigin(value)).toBe(origin);
  });

  it.each([
    ['a path', 'https://app.example.com/account'],
    ['a path that normalises away', 'https://app.example.com/x/..'],
    ['a path holding another origin', 'https://app.example.com/x/https://evil.com'],
    ['a query', 'https://app.example.com?x'],
    ['user info', 'https://user@app.example.com'],
    ['a bad port', 'https://app.example.com:99999'],
    ['no scheme', 'app.example.com'],
  ])('refuses an origin with %s', (_case, value) => {
    expect(parseOrigin(value)).toBeUndefined();
  });

  it('refuses a value that is not a string', () => {
    expect(parseOrigin(['https://app.example.com'])).toBeUndefined();
  });
});
