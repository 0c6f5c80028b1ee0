import { describe, expect, it, vi } from 'vitest';
import type { CheckoutCustomer } from './checkout-handler-options';
import { checkoutSessions, createCheckoutTestHandler, customersWithEmail } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { BOB, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();
const CAROL = { create: { email: 'carol@example.com', name: 'Carol', appUserId: 'user_carol' } } satisfies CheckoutCustomer;

describe('createCheckoutHandler: the customer is created once', () => {
  it('creates the customer, hands it to onCustomerCreated, and starts Checkout for it', async () => {
    const onCustomerCreated = vi.fn();
    await createCheckoutTestHandler(stripe(), { onCustomerCreated })(jsonRequest({ plan: 'basic' }));
    const [customer] = customersWithEmail(stripe(), 'carol@example.com');
    expect(customer).toMatchObject({ name: 'Carol', metadata: { app_user_id: 'user_carol' } });
    expect(onCustomerCreated).toHaveBeenCalledExactlyOnceWith({ customerId: customer!.id, appUserId: 'user_carol' });
    expect(checkoutSessions(stripe())[0]?.customer).toBe(customer!.id);
  });

  it('reuses the customer when the app did not store it and the user tries again', async () => {
    const handler = createCheckoutTestHandler(stripe(), { getCustomer: () => CAROL });
    expect((await handler(jsonRequest({ plan: 'basic' }))).status).toBe(200);
    // Another plan, so the second try is a session of its own (the same one again would be deduped).
    expect((await handler(jsonRequest({ plan: 'pro' }))).status).toBe(200);
    expect(customersWithEmail(stripe(), 'carol@example.com')).toHaveLength(1);
    const [first, second] = checkoutSessions(stripe());
    expect(second?.customer).toBe(first?.customer);
  });

  it('reuses it across handler instances too (another server process), through the idempotency key', async () => {
    await createCheckoutTestHandler(stripe())(jsonRequest({ plan: 'basic' }));
    await createCheckoutTestHandler(stripe())(jsonRequest({ plan: 'pro' }));
    expect(customersWithEmail(stripe(), 'carol@example.com')).toHaveLength(1);
  });

  it('creates one customer and one session for two concurrent clicks, both answered with the same page', async () => {
    const onCustomerCreated = vi.fn();
    const handler = createCheckoutTestHandler(stripe(), { onCustomerCreated });
    const responses = await Promise.all([handler(jsonRequest({ plan: 'basic' })), handler(jsonRequest({ plan: 'basic' }))]);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(bodies[0]).toEqual(bodies[1]);
    expect(customersWithEmail(stripe(), 'carol@example.com')).toHaveLength(1);
    expect(checkoutSessions(stripe())).toHaveLength(1);
    expect(onCustomerCreated).toHaveBeenCalledTimes(1);
  });

  it('gives two concurrent clicks for different plans a session each, for the one customer', async () => {
    const handler = createCheckoutTestHandler(stripe());
    await Promise.all([handler(jsonRequest({ plan: 'basic' })), handler(jsonRequest({ plan: 'pro' }))]);
    const sessions = checkoutSessions(stripe());
    expect(sessions).toHaveLength(2);
    expect(new Set(sessions.map((session) => session.customer)).size).toBe(1);
  });

  // Bob's one subscription is to Basic; gold is on Pro's price.
  it('uses a known customer as it is, and leaves client_reference_id out without an app user ID', async () => {
    const handler = createCheckoutTestHandler(stripe(), {
      getCustomer: () => ({ customerId: BOB }),
      plans: { gold: { price: 'price_pro' } },
    });
    expect((await handler(jsonRequest({ plan: 'gold' }))).status).toBe(200);
    const [session] = checkoutSessions(stripe());
    expect(session).toMatchObject({ customer: BOB, client_reference_id: null });
    expect(stripe().calls()).not.toContain('POST /v1/customers');
  });

  it('answers 500 and creates nothing when getCustomer returns create without an app user ID', async () => {
    const handler = createCheckoutTestHandler(stripe(), {
      getCustomer: () => ({ create: { email: 'dan@example.com' } }) as unknown as CheckoutCustomer,
    });
    expect((await handler(jsonRequest({ plan: 'basic' }))).status).toBe(500);
    expect(stripe().calls()).toEqual([]);
  });
});

describe('createCheckoutHandler: a user whose details changed before the app stored the customer', () => {
  it('answers 500 SERVER_MISCONFIGURED saying to store the customer, and makes no second customer', async () => {
    await createCheckoutTestHandler(stripe())(jsonRequest({ plan: 'basic' }));
    const logger = { error: vi.fn(), warn: vi.fn() };
    const handler = createCheckoutTestHandler(stripe(), {
      getCustomer: () => ({ create: { email: 'carol@new.example', appUserId: 'user_carol' } }),
      logger,
    });
    const response = await handler(jsonRequest({ plan: 'basic' }));
    expect(response.status).toBe(500);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: 'SERVER_MISCONFIGURED', message: expect.stringContaining('onCustomerCreated') });
    expect(customersWithEmail(stripe(), 'carol@new.example')).toEqual([]);
    expect(checkoutSessions(stripe())).toHaveLength(1);
  });
});

describe('createCheckoutHandler: when storing the new customer fails', () => {
  it('answers 500, and the next attempt reuses the customer and hands it over again', async () => {
    const onCustomerCreated = vi.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(undefined);
    const handler = createCheckoutTestHandler(stripe(), { onCustomerCreated, logger: false });
    expect((await handler(jsonRequest({ plan: 'basic' }))).status).toBe(500);
    expect(checkoutSessions(stripe())).toEqual([]);
    expect((await handler(jsonRequest({ plan: 'basic' }))).status).toBe(200);
    const [customer] = customersWithEmail(stripe(), 'carol@example.com');
    expect(onCustomerCreated.mock.calls).toEqual([
      [{ customerId: customer!.id, appUserId: 'user_carol' }],
      [{ customerId: customer!.id, appUserId: 'user_carol' }],
    ]);
  });
});
