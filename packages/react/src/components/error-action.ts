import type { BillingError } from '@portalkit/protocol';

/**
 * What a customer can do about an error: sign in again (`UNAUTHENTICATED`), open the portal instead
 * (`ALREADY_SUBSCRIBED`, from Checkout), or try again (every code where that can help:
 * `NETWORK_ERROR`, `RATE_LIMITED`, `STRIPE_UNAVAILABLE`, `STRIPE_TIMEOUT`). Anything else has no
 * action of the customer's: the message says to reload or contact support.
 *
 * @example
 * renderError={(error, { message, action, retry }) => <p>{message} {action === 'retry' && <button type="button" onClick={retry}>Try again</button>}</p>}
 */
export type BillingErrorAction = 'sign_in' | 'manage_billing' | 'retry';

/** The {@link BillingErrorAction} for an error, or `undefined`. @internal */
export function errorActionOf(error: BillingError): BillingErrorAction | undefined {
  if (error.code === 'UNAUTHENTICATED') return 'sign_in';
  if (error.code === 'ALREADY_SUBSCRIBED') return 'manage_billing';
  return error.retryable ? 'retry' : undefined;
}
