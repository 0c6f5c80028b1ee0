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

  it('never hands out a session that finished within the window: the next click gets a new one, shared by every instance', async () => {
    // Within one window, where the same parameters mean the same idempotency key.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T10:00:05Z') });
    const [first, second] = await twoInstances();
    const expired = await urlOf(await first(jsonRequest({ plan: 'pro' })));
    stripe().emulator.actions.expireCheckoutSession(checkoutSessions(stripe())[0]!.id);

    const responses = await Promise.all([first(jsonRequest({ plan: 'pro' })), second(jsonRequest({ plan: 'pro' }))]);
    const [a, b] = await Promise.all(responses.map(urlOf));
    expect(a).toBe(b);
    expect(a).not.toBe(expired);
    expect(checkoutSessions(stripe())).toHaveLength(2);
  });

  it('sends a customer who paid, whose subscription then ended, to a new session within the same window', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T10:00:05Z') });
    const [first] = await twoInstances();
    const paid = await urlOf(await first(jsonRequest({ plan: 'pro' })));
    const [session] = checkoutSessions(stripe());
    const { emulator } = stripe();
    emulator.actions.completeCheckout(session!.id, { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2040, cvc: '123' });
    const subscription = emulator.store.subscriptions.list().find((candidate) => candidate.customer === session!.customer);
    emulator.actions.cancelSubscription(subscription!.id, { mode: 'immediately' });

    const again = await first(jsonRequest({ plan: 'pro' }));
    expect(again.status).toBe(200);
    const url = await urlOf(again);
    expect(url).not.toBe(paid);
    const fresh = checkoutSessions(stripe()).find((candidate) => candidate.url === url);
    expect(fresh?.status).toBe('open');
  });
});
