/*
 * A portal session URL is a bearer credential for the customer's billing until it is used or expires.
 * The kit promises never to log one, so the whole test suite is watched for them: every console line of
 * every test, in Node and in Chromium, goes through `findSessionUrls`.
 *
 * Real URLs look like `https://billing.stripe.com/p/session/test_YWNj...` (a Checkout Session's page,
 * `https://checkout.stripe.com/c/pay/cs_test_...`, is one too); the emulator and the test fakes mint
 * `<base>/p/session/<token>` and `<base>/c/pay/<token>` on purpose, so one pattern covers them all.
 */
const SESSION_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+\/(?:p\/session|c\/pay)\/[A-Za-z0-9_-]+/gi;

/** Every portal or Checkout session URL found in `text`. */
export function findSessionUrls(text: string): string[] {
  return text.match(SESSION_URL) ?? [];
}
