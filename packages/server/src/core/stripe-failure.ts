import { isBillingError } from '@portalkit/protocol';
import { describeStripeError, mapStripeError, type StripeOperation } from './map-stripe-error';
import type { SafeLogger } from './safe-logger';

/**
 * What a failed Stripe call throws: our code for it, after logging Stripe's own details (never sent to
 * the browser). A `BillingError` passes through. A rejection handler rather than a wrapper around the
 * call, so the SDK is called straight from the handler: stripe-node records the caller's stack on
 * every request, and each frame of ours in it costs a source-map lookup in apps that run with source
 * maps (tsx, `--enable-source-maps`).
 *
 * @example
 * const session = await stripe.billingPortal.sessions.create(params).catch(stripeFailure('create_session', logger));
 */
export function stripeFailure(operation: StripeOperation, logger: SafeLogger): (error: unknown) => never {
  return (error) => {
    if (isBillingError(error)) throw error;
    const mapped = mapStripeError(error, operation);
    logger.error(`Stripe call ${operation} failed; answered ${mapped.code}.`, {
      operation,
      code: mapped.code,
      ...describeStripeError(error),
    });
    throw mapped;
  };
}
