import { BillingError } from '@portalkit/protocol';
import type { ResolvedOptions } from './resolve-options';
import { isStripeId } from './stripe-id';

/**
 * Asks the app's auth who is signed in, with the request and what the framework knows about it.
 * `null` (or `undefined`) means nobody: 401. A customer (`cus_...`) or, on Accounts v2, an account
 * that acts as the customer (`acct_...`, sent as `customer_account`) is accepted; anything else is the
 * app's bug, reported as a server error rather than sent to Stripe.
 */
export async function resolveCustomer<TContext>(
  request: Request,
  context: TContext,
  options: ResolvedOptions<TContext>,
): Promise<string> {
  const customerId = await options.getCustomerId(request, context);
  if (customerId === null || customerId === undefined) {
    throw new BillingError('UNAUTHENTICATED', 'Sign in to manage billing: getCustomerId returned no customer.');
  }
  if (!isStripeId(customerId, 'cus_') && !isStripeId(customerId, 'acct_')) {
    const returned: unknown = customerId;
    // Log the shape, not the value: it may be the app's own user ID or something more private.
    options.logger.error(
      'getCustomerId returned something that is not a Stripe customer ID (cus_...) or customer account ID (acct_...).',
      {
        type: typeof returned,
        length: typeof returned === 'string' ? returned.length : undefined,
      },
    );
    throw new BillingError('SERVER_MISCONFIGURED', 'The server could not tell which Stripe customer is signed in.');
  }
  return customerId;
}
