import Stripe from 'stripe';
import { createStripeEmulator, type StripeEmulator } from '../create-stripe-emulator';
import type { StripeEmulatorOptions } from '../options';
import { usePerBlock } from './use-per-block';

/** A listening emulator and a real SDK client pointed at it. */
export interface RunningEmulator {
  emulator: StripeEmulator;
  stripe: Stripe;
  port: number;
  /** A client with another key, for authentication tests. */
  clientWithKey(key: string): Stripe;
  close(): Promise<void>;
}

/**
 * Starts an emulator on a free loopback port and builds a `stripe` client for it, the way an app
 * would. SDK retries are off so each test sees exactly one response.
 *
 * @example
 * const { stripe, close } = await startEmulator();
 * afterAll(close);
 */
export async function startEmulator(options: StripeEmulatorOptions = {}): Promise<RunningEmulator> {
  const emulator = createStripeEmulator(options);
  const { url } = await emulator.listen(0);
  const port = Number(new URL(url).port);
  const clientWithKey = (key: string) => new Stripe(key, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
  return { emulator, stripe: clientWithKey(emulator.apiKey), port, clientWithKey, close: () => emulator.close() };
}

/**
 * Runs {@link startEmulator} for the `describe` block it is called in (or the whole file, at its top
 * level), and resets it to its seed before each test; `prepare` then adds what every test of the
 * block needs on top of the seed.
 *
 * @example
 * const running = useRunningEmulator();
 * it('retrieves a customer', async () => {
 *   await running().stripe.customers.retrieve('cus_demo_active');
 * });
 */
export function useRunningEmulator(
  options: StripeEmulatorOptions = {},
  prepare?: (running: RunningEmulator) => void,
): () => RunningEmulator {
  return usePerBlock(
    'The emulator',
    () => startEmulator(options),
    (running) => {
      running.emulator.reset();
      prepare?.(running);
    },
  );
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (error) {
    return error as Stripe.errors.StripeError;
  }
  throw new Error('Expected the request to fail, but it succeeded.');
}
