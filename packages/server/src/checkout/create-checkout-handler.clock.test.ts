import { describe, expect, it } from 'vitest';
import { checkoutSessions, createCheckoutTestHandler } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();
const FORTY_DAYS = 40 * 86_400;

describe('createCheckoutHandler: a Stripe whose clock is not this machine’s', () => {
  it('counts expires_at from `now`, so a Stripe moved forward in time (a test clock) still makes the session', async () => {
    const { emulator } = stripe();
    emulator.clock.set(emulator.clock.now() + FORTY_DAYS);

    // Counted from this machine's clock, expires_at lies in that Stripe's past: Stripe refuses a
    // parameter the server chose, which is the server's fault, not the customer's. Nothing is made.
    const machine = await createCheckoutTestHandler(stripe())(jsonRequest({ plan: 'basic' }));
    expect([machine.status, ((await machine.json()) as { error: { code: string } }).error.code]).toEqual([500, 'INTERNAL_ERROR']);
    expect(checkoutSessions(stripe())).toHaveLength(0);

    const response = await createCheckoutTestHandler(stripe(), { now: () => emulator.clock.now() * 1000 })(
      jsonRequest({ plan: 'basic' }),
    );
    expect(response.status).toBe(200);
    const [session] = checkoutSessions(stripe());
    expect(session!.expires_at - session!.created).toBeGreaterThanOrEqual(30 * 60);
    expect(session!.expires_at - session!.created).toBeLessThanOrEqual(32 * 60);
  });

  it('refuses a `now` that is not a function at start-up, naming the option', () => {
    expect(() => createCheckoutTestHandler(stripe(), { now: 1_700_000_000_000 as unknown as () => number })).toThrow(
      /now must be a function/,
    );
  });
});
