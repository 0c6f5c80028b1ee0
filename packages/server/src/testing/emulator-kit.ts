import { createStripeEmulator } from '@portalkit/stripe-emulator';
import type Stripe from 'stripe';
import { createLoopbackStripe } from './loopback-stripe';
import { portalSeed, type PortalSeedOptions } from './portal-seed';
import { usePerBlock } from './use-per-block';

/**
 * The Stripe emulator on 127.0.0.1, seeded with {@link portalSeed}, for the real `stripe` SDK to call.
 * It keeps a log of the API calls it answered, so a test can prove a request never reached Stripe,
 * and its store holds every session the handler created, exactly as Stripe would return it.
 *
 * @example
 * const stripe = await startEmulatedStripe();
 * const response = await createTestHandler(stripe)(jsonRequest({ flow: 'payment_method_update' }));
 * expect(stripe.onlySession().flow?.type).toBe('payment_method_update');
 * await stripe.close();
 */
export async function startEmulatedStripe(options: PortalSeedOptions = {}) {
  const log: Array<{ call: string; requestId: string }> = [];
  // The emulator logs one line per request it answered: `GET /v1/subscriptions/sub_alice -> 200 (req_...)`.
  const record = (line: string) => {
    const [, call = '', requestId = ''] = /^(\S+ \S+) -> \d+ \((req_\w+)\)$/.exec(line) ?? [];
    if (call.includes(' /v1/')) log.push({ call, requestId });
  };
  const emulator = createStripeEmulator({ seed: () => portalSeed(options), log: record });
  const { url } = await emulator.listen(0);
  const port = Number(new URL(url).port);
  const sessions = () =>
    emulator.store.portalSessions
      .list()
      .reverse()
      .map((record) => record.session);

  return {
    emulator,
    /** Every API call answered since the last reset, oldest first, as `'GET /v1/subscriptions/sub_alice'`. */
    calls: () => log.map((entry) => entry.call),
    /** The `request-id` the emulator gave each of those calls. */
    requestIds: () => log.map((entry) => entry.requestId),
    /** Every portal session created since the last reset, oldest first. */
    sessions,
    /** The one session created since the last reset; fails when there is not exactly one. */
    onlySession(): Stripe.BillingPortal.Session {
      const all = sessions();
      if (all.length !== 1) throw new Error(`Expected one portal session, the emulator holds ${all.length}.`);
      return all[0]!;
    },
    /** A real Stripe client pointed at the emulator, made by {@link createLoopbackStripe}. */
    client: (config: Stripe.StripeConfig = {}, apiKey = emulator.apiKey) => createLoopbackStripe(port, apiKey, config),
    /** Back to the seed: forgets sessions, events and the call log. */
    reset: () => {
      emulator.reset();
      log.length = 0;
    },
    close: () => emulator.close(),
  };
}

/** The emulator started by {@link startEmulatedStripe}. */
export type EmulatedStripe = Awaited<ReturnType<typeof startEmulatedStripe>>;

/**
 * Runs {@link startEmulatedStripe} for the `describe` block it is called in (or the whole file, at its
 * top level): started before the block's first test, closed after its last, and reset to the seed
 * before each test.
 *
 * @returns A getter for the running emulator, which exists only while the block's tests run.
 *
 * @example
 * const stripe = useEmulatedStripe();
 *
 * it('creates one session', async () => {
 *   await createTestHandler(stripe())(jsonRequest({ flow: 'payment_method_update' }));
 *   expect(stripe().onlySession().flow?.type).toBe('payment_method_update');
 * });
 */
export function useEmulatedStripe(): () => EmulatedStripe {
  return usePerBlock(
    'The emulated Stripe',
    () => startEmulatedStripe(),
    (stripe) => stripe.reset(),
  );
}
