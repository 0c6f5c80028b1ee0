import { expect, it } from 'vitest';
import { createCheckoutTestHandler, customersWithEmail } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

it('makes one customer when two server processes (two handlers) take the same new user’s clicks at once', async () => {
  const [first, second] = [createCheckoutTestHandler(stripe()), createCheckoutTestHandler(stripe())];
  const responses = await Promise.all([first(jsonRequest({ plan: 'basic' })), second(jsonRequest({ plan: 'basic' }))]);
  expect(customersWithEmail(stripe(), 'carol@example.com')).toHaveLength(1);
  // Each either starts Checkout for that customer or, while the other still holds the key, asks to retry.
  for (const response of responses) expect([200, 502]).toContain(response.status);
  expect(responses.some((response) => response.status === 200)).toBe(true);
});
