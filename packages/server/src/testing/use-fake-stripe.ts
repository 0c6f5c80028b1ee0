import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startFakeStripe, type FakeStripe } from './fake-stripe';
import { seedCustomers } from './portal-test-kit';

/**
 * Runs the fake Stripe for the `describe` block it is called in (or the whole file, at its top level):
 * started before the block's first test, closed after its last. Before each test it forgets what the
 * last one did (requests, planned failures, seeds) and seeds Alice's and Bob's subscriptions again.
 *
 * @returns A getter for the running fake, which exists only while the block's tests run.
 *
 * @example
 * const fake = useFakeStripe();
 *
 * it('calls Stripe once', async () => {
 *   await createTestHandler(fake())(jsonRequest({ flow: 'payment_method_update' }));
 *   expect(fake().requestsTo('sessions')).toHaveLength(1);
 * });
 */
export function useFakeStripe(): () => FakeStripe {
  let fake: FakeStripe | undefined;
  const running = (): FakeStripe => {
    if (!fake) throw new Error('The fake Stripe runs only during the tests of the block that called useFakeStripe().');
    return fake;
  };
  beforeAll(async () => {
    fake = await startFakeStripe();
  });
  afterAll(() => fake?.close());
  beforeEach(() => {
    running().reset();
    seedCustomers(running());
  });
  return running;
}
