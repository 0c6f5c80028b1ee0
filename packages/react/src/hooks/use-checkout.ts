import type { CheckoutSessionRequest } from '@portalkit/protocol';
import { createCheckoutSession } from '../client/create-checkout-session';
import { CHECKOUT_MUTATION_KEY } from './checkout-mutation-options';
import type { UseCheckoutOptions, UseCheckoutResult } from './checkout-types';
import { useBillingSession, type BillingSessionKind } from './use-billing-session';

const CHECKOUT: BillingSessionKind<CheckoutSessionRequest> = {
  mutationKey: CHECKOUT_MUTATION_KEY,
  create: (input, config) => createCheckoutSession(input, { ...config, endpoint: config.checkoutEndpoint }),
};

/**
 * Sends the customer to Stripe Checkout for one of the server's plans: {@link checkoutMutationOptions}
 * plus the same navigation, new tab, prefetch and messages as {@link useManageBilling}. A customer who
 * already subscribes gets `error.code === 'ALREADY_SUBSCRIBED'`: offer the portal instead.
 *
 * @example
 * const checkout = useCheckout();
 * <button onClick={() => checkout.open({ plan: 'pro_monthly' })} aria-busy={checkout.isBusy}>Subscribe</button>
 * {checkout.error?.code === 'ALREADY_SUBSCRIBED' && <ManageBillingButton />}
 */
export function useCheckout(options: UseCheckoutOptions = {}): UseCheckoutResult {
  return useBillingSession(CHECKOUT, options);
}
