import { describe, expect, test } from 'vitest';
import { REDACTED_SESSION_URL, scrubSessionUrls } from './scrub-session-urls';

// A token as long as Stripe's, so a scrubber that cuts it short leaves something to find.
const TOKEN = 'test_YWNjdF8xUGdhZm1CN1daMDF6Z2tXLF9RWGhWbkMyaDBKY3p3YzFxVm5ZZDRtQ0JRbHFFbUV00100abcDEF';
const SESSION_URLS = [
  `https://billing.stripe.com/p/session/${TOKEN}`,
  `https://billing.stripe.com/p/session/live_${TOKEN.slice(5)}?locale=fr`,
  `http://127.0.0.1:12111/p/session/${TOKEN}`,
  `http://localhost:4242/p/session/${TOKEN}#frag`,
  `HTTPS://BILLING.STRIPE.COM/P/SESSION/${TOKEN}`,
  `https%3A%2F%2Fbilling.stripe.com%2Fp%2Fsession%2F${TOKEN}`,
  `https:\\/\\/billing.stripe.com\\/p\\/session\\/${TOKEN}`,
  // Checkout Sessions' pages are bearer links too.
  `https://checkout.stripe.com/c/pay/cs_${TOKEN}#fidkdWxOYHwnPyd1blpxYHZxWjA0`,
  `http://127.0.0.1:12111/c/pay/${TOKEN}`,
  `https%3A%2F%2Fcheckout.stripe.com%2Fc%2Fpay%2Fcs_${TOKEN}`,
  `https:\\/\\/checkout.stripe.com\\/c\\/pay\\/cs_${TOKEN}`,
];

/** Every piece of the token that a leak would show: any 8 characters of it. */
function tokenPieces(token: string): string[] {
  return Array.from({ length: token.length - 7 }, (_, index) => token.slice(index, index + 8));
}

describe('scrubSessionUrls', () => {
  test.each(SESSION_URLS)('leaves nothing of the token of %s', (url) => {
    for (const [before, after] of [
      ['', ''],
      ['visited ', ' then failed'],
      ['"', '"'],
      ["<a href='", "'>"],
      ['(', ')'],
      ['url=', ',next'],
    ]) {
      const scrubbed = scrubSessionUrls(`${before}${url}${after}`);
      expect(scrubbed).toContain(REDACTED_SESSION_URL);
      for (const piece of tokenPieces(TOKEN.slice(5))) expect(scrubbed).not.toContain(piece);
    }
  });

  test('keeps the text around each URL, and scrubs every one of several', () => {
    const text = `first ${SESSION_URLS[0]}\nthen "${SESSION_URLS[2]}" and\t${SESSION_URLS[0]}/p/session/again done`;
    expect(scrubSessionUrls(text)).toBe(
      `first ${REDACTED_SESSION_URL}\nthen "${REDACTED_SESSION_URL}" and\t${REDACTED_SESSION_URL} done`,
    );
  });

  test('ends a URL at any whitespace, quote or angle bracket, and at nothing else', () => {
    for (const separator of [' ', '\n', '\r', '\t', '\v', '\f', '\u00a0', '\u2028', '\u3000', '\ufeff', '"', "'", '<', '>']) {
      expect(scrubSessionUrls(`a${separator}x/p/session/y${separator}b`)).toBe(
        `a${separator}${REDACTED_SESSION_URL}${separator}b`,
      );
    }
    expect(scrubSessionUrls('a,b/p/session/c;d)e')).toBe(REDACTED_SESSION_URL);
  });

  test('returns text without a session URL as it is', () => {
    for (const text of [
      '',
      'No such subscription: sub_123',
      '/p/sessions/ is not it',
      'p/session/ without its slash',
      '/api/billing/portal',
    ]) {
      expect(scrubSessionUrls(text)).toBe(text);
    }
  });

  test('takes time linear in the length of the text, whatever the text', () => {
    // The shapes that make a backtracking pattern quadratic: long runs with no separator, with or without markers.
    const shapes: Array<(length: number) => string> = [
      (length) => 'a'.repeat(length),
      (length) => '/p/session'.repeat(length / 10),
      (length) => '/p/session/'.repeat(length / 11),
      (length) => `${'x'.repeat(length - 20)}/p/session/tok`,
      (length) => 'https://billing.stripe.com/p/sessio'.repeat(length / 35),
    ];
    for (const shape of shapes) {
      const small = shape(20_000);
      const large = shape(200_000);
      // First a generous bound on one small run, so a quadratic scrubber fails in about a second instead
      // of blocking for minutes on the large text (it takes over a second here for 20,000 characters).
      expect(fastest(() => scrubSessionUrls(small), 1)).toBeLessThan(100);
      // Equal total work at both sizes: a linear scrubber takes about as long for each; a quadratic one ten times as long.
      const smallTime = fastest(() => {
        for (let run = 0; run < 10; run += 1) scrubSessionUrls(small);
      });
      const largeTime = fastest(() => scrubSessionUrls(large));
      expect(largeTime / Math.max(smallTime, 0.05)).toBeLessThan(4);
    }
  });
});

/** The fastest of a few runs, in milliseconds: the least disturbed by other work on the machine. */
function fastest(run: () => void, attempts = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
