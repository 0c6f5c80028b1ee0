import type Stripe from 'stripe';
import type { CheckoutHandlerOptions } from '../checkout/checkout-handler-options';
import { createCheckoutHandler } from '../checkout/create-checkout-handler';
import type { EmulatedStripe } from './emulator-kit';
import { APP_ORIGIN, consoleLogger } from './portal-test-kit';

export const SUCCESS_URL = `${APP_ORIGIN}/billing/success`;
export const CANCEL_URL = `${APP_ORIGIN}/pricing`;

/** Plans on the seeded prices: Basic; Pro with a trial and promotion codes; a per-seat team plan on Basic's price. */
export const TEST_PLANS = {
  basic: { price: 'price_basic' },
  pro: { price: 'price_pro', trialDays: 14, allowPromotionCodes: true },
  team: { price: 'price_basic', quantity: { adjustable: true, min: 2, max: 50 } },
} satisfies CheckoutHandlerOptions['plans'];

/**
 * A Checkout handler against the emulator, for a signed-in Carol who has no Stripe customer yet.
 *
 * @example
 * const response = await createCheckoutTestHandler(stripe())(jsonRequest({ plan: 'basic' }));
 */
export function createCheckoutTestHandler<TContext = unknown>(
  stripe: EmulatedStripe,
  options: Partial<CheckoutHandlerOptions<TContext>> = {},
  stripeConfig: Stripe.StripeConfig = {},
) {
  return createCheckoutHandler<TContext>({
    stripe: stripe.client(stripeConfig),
    getCustomer: () => ({ create: { email: 'carol@example.com', name: 'Carol', appUserId: 'user_carol' } }),
    plans: TEST_PLANS,
    successUrl: SUCCESS_URL,
    cancelUrl: CANCEL_URL,
    logger: consoleLogger,
    ...options,
  });
}

/** The Checkout Sessions the emulator holds, oldest first. */
export function checkoutSessions(stripe: EmulatedStripe): Stripe.Checkout.Session[] {
  return stripe.emulator.store.checkoutSessions
    .list()
    .reverse()
    .map((record) => record.session);
}

/** The customers the emulator holds whose email is `email`. */
export function customersWithEmail(stripe: EmulatedStripe, email: string): Stripe.Customer[] {
  return stripe.emulator.store.customers.list().filter((customer) => customer.email === email);
}
