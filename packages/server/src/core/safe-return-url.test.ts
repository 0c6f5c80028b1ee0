import { describe, expect, it } from 'vitest';
import { resolveReturnTarget } from './resolve-return-target';
import { isSafeReturnUrl } from './safe-return-url';

const APP = 'https://app.example.com';
const policy = { returnUrl: `${APP}/account`, returnOrigin: APP, returnOrigins: new Set([APP, 'https://www.example.com']) };

// Every spelling of "." and ".." the WHATWG parser resolves, plus plain segments around them.
const SEGMENTS = ['', '.', '..', '%2e', '%2E', '.%2e', '%2E.', '%2e%2E', 'a', 'evil.com'];

/** Every path of one to four segments from SEGMENTS, as a path and as an absolute URL on the app. */
function targetsFromGrammar(): string[] {
  let paths = [''];
  const all: string[] = [];
  for (let length = 1; length <= 4; length++) {
    paths = paths.flatMap((path) => SEGMENTS.map((segment) => `${path}/${segment}`));
    all.push(...paths);
  }
  return all.flatMap((path) => [path, `${APP}${path}`, `${path}?next=/x#top`]);
}

function outcome(returnTo: string): URL | 'refused' {
  try {
    return new URL(resolveReturnTarget(returnTo, policy));
  } catch (error) {
    if ((error as { param?: unknown }).param !== 'returnTo') throw error;
    return 'refused';
  }
}

describe('return targets are judged on the parsed URL', () => {
  const targets = targetsFromGrammar();

  it('never resolves a path or an absolute URL to a path that starts with //', () => {
    const accepted = targets.map(outcome).filter((result): result is URL => result !== 'refused');
    expect(accepted.length).toBeGreaterThan(1000);
    const unsafe = accepted.filter((url) => url.pathname.startsWith('//') || !policy.returnOrigins.has(url.origin));
    expect(unsafe.map((url) => url.href)).toEqual([]);
  });

  it('refuses every target that only parsing turns into //host, the text alone looking harmless', () => {
    // The positive control: these pass any check made on the raw text, and the parser makes them escape.
    const escaping = targets.filter((target) => !target.startsWith('//') && new URL(target, APP).pathname.startsWith('//'));
    expect(escaping.length).toBeGreaterThan(1000);
    expect(escaping.filter((target) => outcome(target) !== 'refused')).toEqual([]);
  });

  it('accepts dot segments that stay on a path of the app', () => {
    expect(outcome('/a/%2e%2e/billing')).toEqual(new URL(`${APP}/billing`));
    expect(outcome(`${APP}/a/./b/../c`)).toEqual(new URL(`${APP}/a/c`));
  });
});

describe('isSafeReturnUrl', () => {
  it.each([
    ['a path', `${APP}/account`],
    ['a query that holds slashes', `${APP}/account?next=/billing//x`],
    ['a double slash further in', `${APP}/a//b`],
    ['http on localhost', 'http://localhost:3000/account'],
  ])('accepts %s', (_case, href) => {
    expect(isSafeReturnUrl(new URL(href))).toBe(true);
  });

  it.each([
    ['a path that starts with //', new URL('/.//evil.com', APP)],
    ['a path a tab turned into //', new URL(`${APP}/\t/evil.com`)],
    ['a path a backslash turned into //', new URL(`${APP}/\\evil.com`)],
    ['an encoded slash', new URL(`${APP}/%2f%2fevil.com`)],
    ['an encoded backslash', new URL(`${APP}/%5cevil.com`)],
    ['an encoded control character', new URL(`${APP}/a%09b`)],
    ['user info', new URL('https://user@app.example.com/')],
    ['a password', new URL('https://:pw@app.example.com/')],
    ['another scheme', new URL('ftp://app.example.com/')],
    ['javascript:', new URL('javascript:alert(1)')],
  ])('refuses %s', (_case, url) => {
    expect(isSafeReturnUrl(url)).toBe(false);
  });
});
