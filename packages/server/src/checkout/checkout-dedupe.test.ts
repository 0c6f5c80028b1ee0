import { describe, expect, it } from 'vitest';
import { CHECKOUT_DEDUPE_WINDOW_SECONDS, checkoutExpiresAt, checkoutIdempotencyKey } from './checkout-dedupe';

describe('checkoutExpiresAt', () => {
  it('is the same for every request within one window, and never under Stripe’s 30 minutes', () => {
    const windowStart = Date.UTC(2026, 11, 2, 10, 0, 0);
    const expiries = [0, 1, 30_000, CHECKOUT_DEDUPE_WINDOW_SECONDS * 1000 - 1].map((offset) => ({
      expires: checkoutExpiresAt(windowStart + offset),
      now: (windowStart + offset) / 1000,
    }));
    expect(new Set(expiries.map(({ expires }) => expires)).size).toBe(1);
    for (const { expires, now } of expiries) expect(expires - now).toBeGreaterThan(31 * 60);
    expect(checkoutExpiresAt(windowStart + CHECKOUT_DEDUPE_WINDOW_SECONDS * 1000)).toBe(expiries[0]!.expires + 60);
  });
});

describe('checkoutIdempotencyKey', () => {
  const params = { mode: 'subscription' as const, customer: 'cus_1', line_items: [{ price: 'price_pro', quantity: 1 }] };

  it('is the same for equal parameters and differs for any other', async () => {
    expect(await checkoutIdempotencyKey({ ...params })).toBe(await checkoutIdempotencyKey(params));
    expect(await checkoutIdempotencyKey({ ...params, customer: 'cus_2' })).not.toBe(await checkoutIdempotencyKey(params));
    expect(await checkoutIdempotencyKey({ ...params, line_items: [{ price: 'price_pro', quantity: 2 }] })).not.toBe(
      await checkoutIdempotencyKey(params),
    );
  });

  it('fits Stripe’s 255 characters and names no customer data', async () => {
    const key = await checkoutIdempotencyKey({ ...params, customer_email: 'dana@example.com' });
    expect(key).toMatch(/^portalkit-checkout-[0-9a-f]{64}$/);
  });
});
