import type { CheckoutSessionRequest } from '@portalkit/protocol';
import { createCheckoutSession } from '../client/create-checkout-session';
import { sessionMutationOptions, type BillingSessionOptions, type SessionMutationOptions } from './session-mutation-options';

/**
 * The mutation options {@link checkoutMutationOptions} returns: no data, a typed error, the request as variables.
 *
 * @example
 * const options: CheckoutMutationOptions = checkoutMutationOptions();
 * const checkout = useMutation(options); // checkout.error is a BillingError | null
 */
export type CheckoutMutationOptions = SessionMutationOptions<CheckoutSessionRequest>;

/**
 * The key of every Checkout-session mutation, for `useMutationState` or `useIsMutating` filters.
 *
 * @example
 * const leaving = useIsMutating({ mutationKey: CHECKOUT_MUTATION_KEY }) > 0;
 */
export const CHECKOUT_MUTATION_KEY = ['portalkit', 'checkout-session'] as const;

/**
 * Mutation options that create a Stripe Checkout session for one of the server's plans and navigate to
 * it, to spread into the app's own `useMutation`. The same contract as {@link billingPortalMutationOptions}:
 * pure, the URL never in the cache, errors always a `BillingError` (`ALREADY_SUBSCRIBED`: offer the portal).
 *
 * @example
 * const checkout = useMutation({
 *   ...checkoutMutationOptions({ endpoint: '/api/billing/checkout' }),
 *   onError: (error) => error.code === 'ALREADY_SUBSCRIBED' && showPortalOffer(),
 * });
 * checkout.mutate({ plan: 'pro_monthly' });
 */
export function checkoutMutationOptions(options: BillingSessionOptions = {}): CheckoutMutationOptions {
  return sessionMutationOptions(CHECKOUT_MUTATION_KEY, createCheckoutSession, options);
}
