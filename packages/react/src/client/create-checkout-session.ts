import { DEFAULT_CHECKOUT_ENDPOINT, type CheckoutSessionRequest, type CheckoutSessionResponse } from '@portalkit/protocol';
import { requestSession, type CreateSessionOptions } from './request-session';

/**
 * Asks the app's server for a Stripe Checkout session for one of its plans and returns its single-use
 * URL. Plain TypeScript, no React; the same contract as {@link createPortalSession}. A customer who
 * already subscribes gets `ALREADY_SUBSCRIBED`: offer the portal instead.
 *
 * @example
 * const { url } = await createCheckoutSession({ plan: 'pro_monthly' }, { endpoint: '/api/billing/checkout' });
 * window.location.assign(url);
 */
export function createCheckoutSession(
  input: CheckoutSessionRequest,
  options?: CreateSessionOptions,
): Promise<CheckoutSessionResponse> {
  return requestSession(DEFAULT_CHECKOUT_ENDPOINT, input, options);
}
