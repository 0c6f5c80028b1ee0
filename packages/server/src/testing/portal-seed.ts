import type { EmulatorSeed, SeedPortalConfiguration } from '@portalkit/stripe-emulator';

/** What a test can change about the seeded Stripe account. */
export interface PortalSeedOptions {
  /**
   * Whether `bpc_default` is the account's default configuration. Without one, a session that names
   * no configuration fails the way it does on an account whose portal settings were never saved.
   * @defaultValue true
   */
  defaultConfiguration?: boolean;
}

const EVERY_FEATURE: SeedPortalConfiguration['features'] = {
  customer_update: { enabled: true, allowed_updates: ['email', 'name', 'address'] },
  invoice_history: { enabled: true },
  payment_method_update: { enabled: true },
  subscription_cancel: { enabled: true, mode: 'at_period_end' },
  subscription_update: {
    enabled: true,
    default_allowed_updates: ['price', 'quantity'],
    products: [
      { product: 'prod_basic', prices: ['price_basic'] },
      { product: 'prod_pro', prices: ['price_pro'] },
    ],
  },
  subscription_pause: { enabled: true },
};

/**
 * The Stripe account the handler tests run against: Alice and Bob with one single-item subscription
 * each, a canceled and a cancel-scheduled one of Alice's, two plans, two coupons, a default portal
 * configuration with every feature on and `bpc_cancel_only`, which turns off everything but cancel.
 *
 * @example
 * createStripeEmulator({ seed: () => portalSeed({ defaultConfiguration: false }) });
 */
export function portalSeed({ defaultConfiguration = true }: PortalSeedOptions = {}): EmulatorSeed {
  return {
    products: [
      { id: 'prod_basic', name: 'Basic', default_price: 'price_basic' },
      { id: 'prod_pro', name: 'Pro', default_price: 'price_pro' },
    ],
    prices: [
      { id: 'price_basic', product: 'prod_basic', unit_amount: 2000 },
      { id: 'price_pro', product: 'prod_pro', unit_amount: 5000 },
    ],
    coupons: [
      { id: 'STAY50', percent_off: 50, duration: 'repeating', duration_in_months: 3 },
      { id: 'UPGRADE10', percent_off: 10 },
    ],
    customers: [
      { id: 'cus_alice', name: 'Alice', email: 'alice@example.com' },
      { id: 'cus_bob', name: 'Bob', email: 'bob@example.com' },
    ],
    subscriptions: [
      { id: 'sub_alice', customer: 'cus_alice', items: [{ id: 'si_alice', price: 'price_basic' }] },
      {
        id: 'sub_alice_canceled',
        customer: 'cus_alice',
        status: 'canceled',
        items: [{ id: 'si_alice_canceled', price: 'price_basic' }],
      },
      {
        id: 'sub_alice_ending',
        customer: 'cus_alice',
        cancel_at_period_end: true,
        items: [{ id: 'si_alice_ending', price: 'price_pro' }],
      },
      { id: 'sub_bob', customer: 'cus_bob', items: [{ id: 'si_bob', price: 'price_basic' }] },
    ],
    portalConfigurations: [
      { id: 'bpc_default', is_default: defaultConfiguration, features: EVERY_FEATURE },
      {
        id: 'bpc_cancel_only',
        is_default: false,
        features: {
          customer_update: { enabled: false },
          invoice_history: { enabled: false },
          payment_method_update: { enabled: false },
          subscription_cancel: { enabled: true, mode: 'immediately' },
          subscription_update: { enabled: false },
          subscription_pause: { enabled: false },
        },
      },
    ],
  };
}
