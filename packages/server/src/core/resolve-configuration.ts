import { BillingError } from '@portalkit/protocol';
import type { PortalContext } from './portal-handler-options';
import type { ResolvedOptions } from './resolve-options';
import { isStripeId } from './stripe-id';

/** The portal configuration for this request: the fixed ID, the function's choice, or Stripe's default. */
export async function resolveConfiguration<TContext>(
  context: PortalContext<TContext>,
  options: ResolvedOptions<TContext>,
): Promise<string | undefined> {
  const { configuration } = options;
  if (typeof configuration !== 'function') return configuration;
  const chosen = await configuration(context);
  if (chosen === undefined || isStripeId(chosen, 'bpc_')) return chosen;
  options.logger.error('The configuration function returned something that is not a portal configuration ID (bpc_...).', {
    type: typeof chosen,
  });
  throw new BillingError('SERVER_MISCONFIGURED', 'The server chose an invalid portal configuration.');
}
