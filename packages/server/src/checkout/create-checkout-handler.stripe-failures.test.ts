import { describe, expect, it, vi } from 'vitest';
import { createCheckoutTestHandler } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

describe('createCheckoutHandler: Stripe’s refusals', () => {
  it('answers a price Stripe does not know with 500 SERVER_MISCONFIGURED, logging Stripe’s reason but not sending it', async () => {
    const logger = { error: vi.fn(), warn: vi.fn() };
    const handler = createCheckoutTestHandler(stripe(), { plans: { ghost: { price: 'price_ghost' } }, logger });
    const response = await handler(jsonRequest({ plan: 'ghost' }));
    expect(response.status).toBe(500);
    const { error } = await response.json();
    expect(error.code).toBe('SERVER_MISCONFIGURED');
    expect(error.message).toContain('plans');
    expect(JSON.stringify(error)).not.toContain('price_ghost');
    expect(logger.error).toHaveBeenCalledWith(
      'portalkit: Stripe call create_checkout_session failed; answered SERVER_MISCONFIGURED.',
      expect.objectContaining({ stripeParam: expect.stringMatching(/^line_items/) }),
    );
  });

  it('answers a refused API key with 500 SERVER_MISCONFIGURED before any customer is made', async () => {
    const handler = createCheckoutTestHandler(stripe(), { logger: false, stripe: stripe().client({}, 'sk_test_wrong') });
    const response = await handler(jsonRequest({ plan: 'basic' }));
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe('SERVER_MISCONFIGURED');
    expect(
      stripe()
        .emulator.store.customers.list()
        .filter((customer) => customer.email === 'carol@example.com'),
    ).toEqual([]);
  });
});
