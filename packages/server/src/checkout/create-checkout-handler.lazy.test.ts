import { afterEach, describe, expect, it, vi } from 'vitest';
import { CANCEL_URL, SUCCESS_URL, TEST_PLANS } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { consoleLogger, jsonRequest } from '../testing/portal-test-kit';
import { createCheckoutHandler } from './create-checkout-handler';

const stripe = useEmulatedStripe();
afterEach(() => vi.restoreAllMocks());

describe('createCheckoutHandler(() => options)', () => {
  it('builds the options on the first request, so the module can load without its secrets', async () => {
    const build = vi.fn(() => ({
      stripe: stripe().client(),
      getCustomer: () => ({ create: { email: 'carol@example.com', appUserId: 'user_carol' } }),
      plans: TEST_PLANS,
      successUrl: SUCCESS_URL,
      cancelUrl: CANCEL_URL,
      logger: consoleLogger,
    }));
    const handler = createCheckoutHandler(build);
    expect(build).not.toHaveBeenCalled();
    expect((await handler(jsonRequest({ plan: 'basic' }))).status).toBe(200);
    expect((await handler(jsonRequest({ plan: 'pro' }))).status).toBe(200);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('answers 500 SERVER_MISCONFIGURED while the options are wrong, and says why on the console', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = createCheckoutHandler(() => ({
      stripe: stripe().client(),
      getCustomer: () => null,
      plans: TEST_PLANS,
      successUrl: `${process.env.PORTALKIT_UNSET_APP_URL}/billing/success`,
      cancelUrl: CANCEL_URL,
    }));
    const response = await handler(jsonRequest({ plan: 'basic' }));
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe('SERVER_MISCONFIGURED');
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('createCheckoutHandler(): pass successUrl'));
    expect(stripe().calls()).toEqual([]);
  });
});
