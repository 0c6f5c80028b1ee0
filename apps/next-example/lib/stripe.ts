import Stripe from 'stripe';

/**
 * The app's Stripe client: `new Stripe(process.env.STRIPE_SECRET_KEY!)`, pointed at the Stripe
 * emulator when `STRIPE_API_URL` is set (stripe-node reads no environment variable for its host).
 * Call it when a request runs, never at module scope: `next build` has no secrets.
 *
 * @example
 * createPortalHandler(() => ({ stripe: createStripe(), ... }));
 */
export function createStripe(): Stripe {
  const api = process.env.STRIPE_API_URL ? new URL(process.env.STRIPE_API_URL) : undefined;
  if (!api) return new Stripe(process.env.STRIPE_SECRET_KEY!);
  return new Stripe(process.env.STRIPE_SECRET_KEY!, {
    host: api.hostname,
    port: Number(api.port),
    protocol: api.protocol === 'http:' ? 'http' : 'https',
  });
}
