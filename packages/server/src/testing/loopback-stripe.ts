import Stripe from 'stripe';

/**
 * A real Stripe client for a Stripe stand-in (the fake or the emulator) on `127.0.0.1:port`, over plain
 * HTTP. Retries are off unless `config` asks for them, to keep tests quick; telemetry is off because
 * there is no Stripe to send it to.
 *
 * @example
 * const stripe = createLoopbackStripe(port, 'sk_test_portalkit_fake', { maxNetworkRetries: 1 });
 */
export function createLoopbackStripe(port: number, apiKey: string, config: Stripe.StripeConfig = {}): Stripe {
  return new Stripe(apiKey, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, telemetry: false, ...config });
}
