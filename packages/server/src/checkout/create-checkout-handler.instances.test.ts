import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkoutSessions, createCheckoutTestHandler } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { jsonRequest } from '../testing/portal-test-kit';
import { CHECKOUT_DEDUPE_WINDOW_SECONDS } from './checkout-dedupe';

const stripe = useEmulatedStripe();

/** Two instances of the app (two handlers, two Stripe clients) for one known customer. */
async function twoInstances() {
  const customer = await stripe().client().customers.create({ email: 'dana@example.com' });
  const options = { getCustomer: () => ({ customerId: customer.id, appUserId: 'user_dana' }) };
  return [createCheckoutTestHandler(stripe(), options), createCheckoutTestHandler(stripe(), options)] as const;
}

const urlOf = async (response: Response) => ((await response.json()) as { url: string }).url;

afterEach(() => void vi.useRealTimers());

describe('createCheckoutHandler across instances', () => {
  it('answers a double click that reached two instances at once with one Checkout Session', async () => {
    const [first, second] = await twoInstances();
    const responses = await Promise.all([first(jsonRequest({ plan: 'pro' })), second(jsonRequest({ plan: 'pro' }))]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const [a, b] = await Promise.all(responses.map(urlOf));
    expect(a).toBe(b);
    expect(checkoutSessions(stripe())).toHaveLength(1);
  });

  it('gives the same customer one session per plan and quantity asked for', async () => {
    const [first, second] = await twoInstances();
    await Promise.all([
      first(jsonRequest({ plan: 'team', quantity: 3 })),
      second(jsonRequest({ plan: 'team', quantity: 5 })),
      second(jsonRequest({ plan: 'basic' })),
    ]);
    const sessions = checkoutSessions(stripe());
    expect(sessions).toHaveLength(3);
  });

  it('makes a fresh session once the dedupe window has passed', async () => {
    // Only Date is faked: the emulator's HTTP server still needs real timers.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T10:00:05Z') });
    const [first, second] = await twoInstances();
    const before = await urlOf(await first(jsonRequest({ plan: 'pro' })));
    vi.setSystemTime(Date.now() + CHECKOUT_DEDUPE_WINDOW_SECONDS * 1000);
    const after = await urlOf(await second(jsonRequest({ plan: 'pro' })));
    expect(after).not.toBe(before);
    expect(checkoutSessions(stripe())).toHaveLength(2);
  });
});
