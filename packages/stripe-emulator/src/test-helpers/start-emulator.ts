import Stripe from 'stripe';
import { createStripeEmulator, type StripeEmulator } from '../create-stripe-emulator';
import type { StripeEmulatorOptions } from '../options';

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

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (error) {
    return error as Stripe.errors.StripeError;
  }
  throw new Error('Expected the request to fail, but it succeeded.');
}
