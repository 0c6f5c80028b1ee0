import Stripe from 'stripe';
import { createStripeEmulator, type StripeEmulator } from '../../create-stripe-emulator';
import type { StripeEmulatorOptions } from '../../options';
import { createPortalBrowser, type PortalBrowser } from './portal-browser';

/** A listening emulator, the real SDK pointed at it, and fresh browsers for its pages. */
export interface PortalHarness {
  emulator: StripeEmulator;
  stripe: Stripe;
  /** A new browser with an empty cookie jar. */
  browser(): PortalBrowser;
  close(): Promise<void>;
}

/** The app URL sessions return to in tests; never contacted. */
export const APP_RETURN_URL = 'http://localhost:5999/account';

/**
 * Starts an emulator on a free port with the demo seed and returns the SDK and browser around it.
 *
 * @example
 * const harness = await startPortalHarness();
 * const session = await harness.stripe.billingPortal.sessions.create({ customer: 'cus_demo_active', return_url: APP_RETURN_URL });
 */
export async function startPortalHarness(options: StripeEmulatorOptions = {}): Promise<PortalHarness> {
  const emulator = createStripeEmulator(options);
  const { url } = await emulator.listen(0);
  const stripe = new Stripe(emulator.apiKey, { host: '127.0.0.1', port: Number(new URL(url).port), protocol: 'http', maxNetworkRetries: 0 });
  return {
    emulator,
    stripe,
    browser: () => createPortalBrowser(url),
    close: () => emulator.close(),
  };
}
