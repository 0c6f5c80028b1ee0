import { REQUEST_LIMITS } from '@portalkit/protocol';
import { describe, expect, it } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { createTestHandler, errorOf, formRequest, jsonRequest } from '../testing/portal-test-kit';
import { resolveReturnTarget } from './resolve-return-target';

const policy = {
  returnUrl: 'https://app.example.com/account',
  returnOrigin: 'https://app.example.com',
  returnOrigins: new Set(['https://app.example.com', 'https://www.example.com']),
};

// Each of these, followed by a browser or by a router that decodes before redirecting, can leave the app.
const REFUSED = [
  ['protocol-relative', '//evil.com'],
  ['protocol-relative with a path', '//evil.com/account'],
  ['slash-backslash', '/\\evil.com'],
  ['double backslash', '\\\\evil.com'],
  ['backslash inside a path', '/account\\..\\evil'],
  ['backslash after the scheme', 'https:\\\\evil.com'],
  ['look-alike host', 'https://app.example.com.evil.com/account'],
  ['userinfo that hides the host', 'https://app.example.com@evil.com/'],
  ['userinfo on the right host', 'https://user:pw@app.example.com/account'],
  ['empty userinfo', 'https://@app.example.com/account'],
  ['javascript:', 'javascript:alert(document.cookie)'],
  ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['encoded slashes', '/%2F%2Fevil.com'],
  ['encoded slashes in lower case', '/%2f%2fevil.com'],
  ['double-encoded slash', '/%252F%252Fevil.com'],
  ['encoded backslash', '/%5Cevil.com'],
  ['encoded control character', '/account%0d%0aSet-Cookie:x=1'],
  ['tab that parsers drop', '/\t/evil.com'],
  ['newline', '/account\n'],
  ['leading space', ' /account'],
  ['space inside', '/my account'],
  ['non-breaking space', '/account\u00a0'],
  ['null byte', '/account\u0000'],
  ['right-to-left override', '/account\u202egpj.exe'],
  ['zero-width space', '/acc\u200bount'],
  ['wrong scheme', 'ftp://app.example.com/account'],
  ['http instead of https', 'http://app.example.com/account'],
  ['wrong port', 'https://app.example.com:8443/account'],
  ['scheme without slashes', 'https:evil.com'],
  ['other origin', 'https://evil.com/account'],
  ['relative without a slash', 'account'],
  ['dot-relative', './account'],
  ['query only', '?next=//evil.com'],
  ['fragment only', '#top'],
  ['empty', ''],
  // What parsing turns into `//evil.com`: the check is on the parsed path, not on the text.
  ['dot segment before a double slash', '/.//evil.com'],
  ['parent segment before a double slash', '/a/..//evil.com'],
  ['encoded dot segment', '/%2e//evil.com'],
  ['encoded parent segment', '/%2E%2E//evil.com'],
  ['half-encoded parent segment', '/a/.%2e//evil.com'],
  ['double-encoded parent segments', '/%252e%252e//evil.com'],
  ['a percent sign that starts no escape', '/%%32%66%%32%66evil.com'],
  // An absolute URL on the app's own origin gets the same checks as a path.
  ['absolute, double slash', 'https://app.example.com//evil.com'],
  ['absolute, parent segment', 'https://app.example.com/a/..//evil.com'],
  ['absolute, encoded dot segment', 'https://app.example.com/%2e//evil.com'],
  ['absolute, encoded slashes', 'https://app.example.com/%2F%2Fevil.com'],
  ['absolute, double-encoded slash', 'https://app.example.com/%252Fevil.com'],
  ['absolute, encoded backslash', 'https://app.example.com/%5Cevil.com'],
  ['absolute, tab that makes a double slash', 'https://app.example.com/\t/evil.com'],
  ['absolute, tab inside the path', 'https://app.example.com/acc\tount'],
  ['absolute, newline inside the path', 'https://app.example.com/account\n'],
  ['absolute, backslash that makes a double slash', 'https://app.example.com/\\evil.com'],
  ['absolute, backslash inside the path', 'https://app.example.com/a\\b'],
  ['absolute, encoded control character', 'https://app.example.com/account%0d%0a'],
  ['absolute on another allowed origin, double slash', 'https://www.example.com//evil.com'],
] as const;

const ACCEPTED = [
  ['/account', 'https://app.example.com/account'],
  ['/settings/billing?tab=cards#top', 'https://app.example.com/settings/billing?tab=cards#top'],
  ['/a/../b', 'https://app.example.com/b'],
  ['/a/%2e%2e/b', 'https://app.example.com/b'],
  ['/a/b/.//c', 'https://app.example.com/a/b//c'],
  ['/100%25', 'https://app.example.com/100%25'],
  ['/my%20account', 'https://app.example.com/my%20account'],
  ['/@evil.com', 'https://app.example.com/@evil.com'],
  ['https://app.example.com/done', 'https://app.example.com/done'],
  ['HTTPS://APP.EXAMPLE.COM:443/done', 'https://app.example.com/done'],
  ['https://www.example.com/pricing', 'https://www.example.com/pricing'],
] as const;

describe('resolveReturnTarget', () => {
  it.each(REFUSED)('refuses %s: %j', (_case, returnTo) => {
    expect(() => resolveReturnTarget(returnTo, policy)).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', param: 'returnTo' }),
    );
  });

  it.each(ACCEPTED)('accepts %j as %s', (returnTo, expected) => {
    expect(resolveReturnTarget(returnTo, policy)).toBe(expected);
  });

  it('falls back to the default return URL', () => {
    expect(resolveReturnTarget(undefined, policy)).toBe('https://app.example.com/account');
  });

  it('says what a return target may be when it refuses one', () => {
    expect(() => resolveReturnTarget('//evil.com', policy)).toThrow(
      'returnTo must be a path on this app (such as "/account", not starting with "//" once "." and ".." are resolved) or an absolute http(s) URL on an allowed return origin.',
    );
  });

  describe("at Stripe's length limit for return_url", () => {
    const limit = REQUEST_LIMITS.maxReturnToLength;
    const absoluteOfLength = (length: number) => 'https://app.example.com/?q='.padEnd(length, 'x');

    it('accepts an absolute URL of exactly the limit, and refuses one character more, naming the limit', () => {
      expect(resolveReturnTarget(absoluteOfLength(limit), policy)).toBe(absoluteOfLength(limit));
      expect(() => resolveReturnTarget(absoluteOfLength(limit + 1), policy)).toThrow(
        expect.objectContaining({ param: 'returnTo', message: `returnTo must be at most ${limit} characters.` }),
      );
    });

    it('counts a path by the absolute URL it becomes, which is what Stripe gets', () => {
      const origin = policy.returnOrigin;
      const fits = `/?q=${'x'.repeat(limit - origin.length - 4)}`;
      expect(resolveReturnTarget(fits, policy)).toHaveLength(limit);
      // Short enough as sent, too long once the origin is put in front of it.
      expect(() => resolveReturnTarget(`${fits}x`, policy)).toThrow(expect.objectContaining({ param: 'returnTo' }));
    });
  });
});

describe('createPortalHandler: the return target allowlist, end to end', () => {
  const stripe = useEmulatedStripe();

  it.each(REFUSED)('answers 400 for %s and never calls Stripe', async (_case, returnTo) => {
    const response = await createTestHandler(stripe())(jsonRequest({ flow: 'payment_method_update', returnTo }));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param: 'returnTo' });
    expect(stripe().calls()).toEqual([]);
  });

  it.each(REFUSED)('answers a form post with %s the same way', async (_case, returnTo) => {
    const response = await createTestHandler(stripe())(
      formRequest({ flow: 'payment_method_update', returnTo }, { headers: { accept: 'application/json' } }),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param: 'returnTo' });
    expect(stripe().calls()).toEqual([]);
  });

  it('sends an accepted target to Stripe, resolved against the origin of returnUrl', async () => {
    const handler = createTestHandler(stripe(), {
      returnUrl: 'https://app.example.com/deep/page',
      allowedOrigins: ['https://www.example.com'],
    });
    expect((await handler(jsonRequest({ returnTo: '/account' }))).status).toBe(200);
    expect(
      (await handler(jsonRequest({ flow: 'payment_method_update', returnTo: 'https://www.example.com/pricing' }))).status,
    ).toBe(200);
    expect(
      stripe()
        .sessions()
        .map((session) => session.return_url),
    ).toEqual(['https://app.example.com/account', 'https://www.example.com/pricing']);
    expect(stripe().sessions()[1]!.flow?.after_completion.redirect?.return_url).toBe('https://www.example.com/pricing');
  });
});
