import type { CheckoutSessionRequest } from '@portalkit/protocol';
import type { BillingSessionResult, UseBillingSessionOptions } from './billing-session-types';

/**
 * Options for {@link useCheckout}: {@link UseBillingSessionOptions}.
 *
 * @example
 * useCheckout({ onError: (error) => error.code === 'ALREADY_SUBSCRIBED' && showPortalOffer() });
 */
export type UseCheckoutOptions = UseBillingSessionOptions;

/**
 * What {@link useCheckout} returns: `open({ plan })` and the same state as {@link useManageBilling}.
 *
 * @example
 * const { open, isBusy, error }: UseCheckoutResult = useCheckout();
 */
export type UseCheckoutResult = BillingSessionResult<CheckoutSessionRequest>;
