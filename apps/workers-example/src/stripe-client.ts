import Stripe from 'stripe';
import type { Env } from './env';

/**
 * The Stripe client for this Worker's env. On Workers, the `stripe` package picks its fetch and
 * SubtleCrypto build by itself (its `workerd` export condition): no `httpClient` option is needed.
 *
 * @example
 * const stripe = stripeFor(env);
 */
export function stripeFor(env: Env): Stripe {
  if (!env.STRIPE_API_URL) return new Stripe(env.STRIPE_SECRET_KEY);
  const api = new URL(env.STRIPE_API_URL);
  return new Stripe(env.STRIPE_SECRET_KEY, {
    host: api.hostname,
    port: Number(api.port),
    protocol: api.protocol === 'http:' ? 'http' : 'https',
  });
}
