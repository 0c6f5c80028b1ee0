/**
 * Your auth goes here: the signed-in user's Stripe customer ID, read on the server from their session
 * (a session cookie checked against KV or D1, Cloudflare Access, your identity provider).
 *
 * This stub trusts a `customer` cookie, like the demo's stub login, so the example runs without an
 * identity provider. Never ship it: anyone can set a cookie.
 *
 * @example
 * getCustomerId: (request) => signedInCustomer(request),
 */
export function signedInCustomer(request: Request): string | null {
  return /(?:^|;\s*)customer=(cus_\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null;
}
