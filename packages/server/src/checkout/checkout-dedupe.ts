import type Stripe from 'stripe';

/*
 * A double click, a retry or a second tab can reach two instances of the app at once. The single
 * flight in each process cannot see the other, so the dedupe across processes is Stripe's own: within
 * one window every instance builds the same parameters (`expires_at` counts from the window's start,
 * not from the request) and sends them under a key derived from those parameters, and Stripe answers
 * the second request with the first one's session instead of making another
 * (https://docs.stripe.com/api/idempotent_requests). A click in the next window, or with other
 * parameters (another plan, quantity or return target), gets a session of its own.
 */
export const CHECKOUT_DEDUPE_WINDOW_SECONDS = 60;

/*
 * Stripe's shortest allowed lifetime is 30 minutes from creation (stripe-node
 * `SessionCreateParams.expires_at`). Counted from the window's start, a session made at its very end
 * still has 31 minutes; one more keeps a slow clock on our side from being refused.
 */
const LIFETIME_FROM_WINDOW_START_SECONDS = 32 * 60;

/**
 * The `expires_at` every instance sends for a session asked for at `nowMs`.
 *
 * @example
 * const params = { ...rest, expires_at: checkoutExpiresAt(Date.now()) };
 */
export function checkoutExpiresAt(nowMs: number): number {
  const seconds = Math.floor(nowMs / 1000);
  return seconds - (seconds % CHECKOUT_DEDUPE_WINDOW_SECONDS) + LIFETIME_FROM_WINDOW_START_SECONDS;
}

/**
 * The idempotency key for these exact parameters: a SHA-256 of their JSON, so equal parameters (and
 * only those) share a key. Web Crypto, so it runs wherever the handler does (Node, Workers, Bun, Deno).
 *
 * @example
 * await stripe.checkout.sessions.create(params, { idempotencyKey: await checkoutIdempotencyKey(params) });
 */
export async function checkoutIdempotencyKey(params: Stripe.Checkout.SessionCreateParams): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(params)));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `portalkit-checkout-${hex}`;
}
