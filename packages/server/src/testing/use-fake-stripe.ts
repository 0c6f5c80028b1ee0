import { startFakeStripe, type FakeStripe } from './fake-stripe';
import { seedCustomers } from './portal-test-kit';
import { usePerBlock } from './use-per-block';

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
  return usePerBlock('The fake Stripe', startFakeStripe, (fake) => {
    fake.reset();
    seedCustomers(fake);
  });
}
