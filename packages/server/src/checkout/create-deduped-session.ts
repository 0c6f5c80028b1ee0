import type Stripe from 'stripe';
import type { SafeLogger } from '../core/safe-logger';
import { stripeFailure } from '../core/stripe-failure';
import { checkoutIdempotencyKey } from './checkout-dedupe';
import type { CheckoutStripeClient } from './checkout-handler-options';

/**
 * Creates the Checkout Session under the parameters' idempotency key (see checkout-dedupe.ts), so
 * every instance taking the same click gets the same session.
 *
 * Stripe answers a repeated key with the first answer as it was then (`Idempotent-Replayed: true`,
 * https://docs.stripe.com/api/idempotent_requests), even when that session has since been paid or
 * has expired: a customer who paid, whose subscription ended, and who subscribes again within the
 * same minute would be sent to a finished Checkout page. So a replayed session is looked up once; if
 * it is no longer open, a new one is made under a key derived from the finished one's ID, which every
 * instance derives alike, so they still share one.
 *
 * @example
 * const session = await createDedupedSession(stripe, params, logger);
 */
export async function createDedupedSession(
  stripe: CheckoutStripeClient,
  params: Stripe.Checkout.SessionCreateParams,
  logger: SafeLogger,
): Promise<Stripe.Checkout.Session> {
  const create = (idempotencyKey: string) =>
    stripe.checkout.sessions.create(params, { idempotencyKey }).catch(stripeFailure('create_checkout_session', logger));
  const key = await checkoutIdempotencyKey(params);
  const session = await create(key);
  if (!isReplayed(session)) return session;
  const current = await stripe.checkout.sessions.retrieve(session.id).catch(stripeFailure('retrieve_checkout_session', logger));
  return current.status === 'open' ? session : create(`${key}-after-${session.id}`);
}

function isReplayed(session: Stripe.Checkout.Session): boolean {
  const headers = (session as Partial<Stripe.Response<Stripe.Checkout.Session>>).lastResponse?.headers;
  return headers?.['idempotent-replayed'] === 'true';
}
