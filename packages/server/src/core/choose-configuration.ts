import { BillingError } from '@portalkit/protocol';
import type { PortalContext, PortalHandlerOptions } from './portal-handler-options';
import type { SafeLogger } from './safe-logger';
import { isStripeId } from './stripe-id';

/** The `configuration` option when it is a function, which picks a portal configuration per request. */
type ChooseConfiguration<TContext> = Exclude<PortalHandlerOptions<TContext>['configuration'], string | undefined>;

/**
 * Asks the app's `configuration` function for this request's portal configuration: a `bpc_...` ID,
 * or `undefined` for Stripe's default. Anything else is the app's bug, logged and answered as such.
 * (A fixed ID needs no call: it was checked when the handler was created.)
 */
export async function chooseConfiguration<TContext>(
  choose: ChooseConfiguration<TContext>,
  context: PortalContext<TContext>,
  logger: SafeLogger,
): Promise<string | undefined> {
  const chosen = await choose(context);
  if (chosen === undefined || isStripeId(chosen, 'bpc_')) return chosen;
  logger.error('The configuration function returned something that is not a portal configuration ID (bpc_...).', {
    type: typeof chosen,
  });
  throw new BillingError('SERVER_MISCONFIGURED', 'The server chose an invalid portal configuration.');
}
