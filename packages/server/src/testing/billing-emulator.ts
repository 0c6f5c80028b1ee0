import { createStripeEmulator, type StripeEmulator } from '@portalkit/stripe-emulator';
import type Stripe from 'stripe';
import { createLoopbackStripe } from './loopback-stripe';

/**
 * What {@link startBillingEmulator} started.
 *
 * @example
 * const { emulator, client, port, close }: BillingEmulator = await startBillingEmulator();
 */
export interface BillingEmulator {
  emulator: StripeEmulator;
  /** A real SDK client for it. */
  client: Stripe;
  port: number;
  /** How many API requests it answered so far. */
  apiRequests(): number;
  close(): Promise<void>;
}

/**
 * The emulator with the demo catalog, on a frozen clock (it moves only when a scenario moves it, so
 * which events share a second is the same on every run), listening on a free loopback port.
 *
 * @example
 * const billing = await startBillingEmulator();
 * await liveCustomerLives(billing.emulator, billing.client, 12);
 */
export async function startBillingEmulator(): Promise<BillingEmulator> {
  let apiRequests = 0;
  // One log line per request answered: `GET /v1/subscriptions/sub_123 -> 200 (req_...)`.
  const log = (line: string) => {
    if (/^\S+ \/v1\//.test(line)) apiRequests += 1;
  };
  const emulator = createStripeEmulator({ seed: 'demo', clock: 'frozen', log });
  const port = Number(new URL((await emulator.listen(0)).url).port);
  const client = createLoopbackStripe(port, emulator.apiKey);
  return { emulator, client, port, apiRequests: () => apiRequests, close: () => emulator.close() };
}
