import type Stripe from 'stripe';
import type { StripeEmulator } from '../create-stripe-emulator';
import type { StripeEmulatorOptions } from '../options';
import { startEmulator } from './start-emulator';
import { usePerBlock } from './use-per-block';
import { createPortalBrowser, type LoadedPage, type PortalBrowser } from './portal-browser';

/** A listening emulator, the real SDK pointed at it, and fresh browsers for its pages. */
export interface PortalHarness {
  emulator: StripeEmulator;
  stripe: Stripe;
  /** A new browser with an empty cookie jar. */
  browser(): PortalBrowser;
  /** Creates a session (`return_url` defaults to {@link APP_RETURN_URL}) and opens its URL in a new browser. */
  open(
    params: Stripe.BillingPortal.SessionCreateParams,
  ): Promise<{ browser: PortalBrowser; page: LoadedPage; session: Stripe.BillingPortal.Session }>;
  close(): Promise<void>;
}

/** The app URL sessions return to in tests; never contacted. */
export const APP_RETURN_URL = 'http://localhost:5999/account';

/**
 * Starts an emulator on a free port with the demo seed and returns the SDK and browser around it.
 *
 * @example
 * const harness = await startPortalHarness();
 * const { page } = await harness.open({ customer: 'cus_demo_active' });
 */
export async function startPortalHarness(options: StripeEmulatorOptions = {}): Promise<PortalHarness> {
  const { emulator, stripe, close } = await startEmulator(options);
  const browser = () => createPortalBrowser(emulator.url);
  return {
    emulator,
    stripe,
    browser,
    async open(params) {
      const session = await stripe.billingPortal.sessions.create({ return_url: APP_RETURN_URL, ...params });
      const fresh = browser();
      return { browser: fresh, page: await fresh.open(session.url), session };
    },
    close,
  };
}

/**
 * Runs {@link startPortalHarness} for the `describe` block it is called in (or the whole file, at its
 * top level), and resets the emulator to its seed before each test.
 *
 * @example
 * const harness = usePortalHarness();
 * it('opens the homepage', async () => {
 *   const { page } = await harness().open({ customer: 'cus_demo_active' });
 * });
 */
export function usePortalHarness(options: StripeEmulatorOptions = {}): () => PortalHarness {
  return usePerBlock(
    'The portal harness',
    () => startPortalHarness(options),
    (harness) => harness.emulator.reset(),
  );
}
