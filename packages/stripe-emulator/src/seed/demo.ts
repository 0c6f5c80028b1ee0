import type { EmulatorSeed } from './seed-types';

/**
 * Stable IDs of the demo seed, for the demo app and for tests.
 *
 * @example
 * await stripe.billingPortal.sessions.create({ customer: DEMO_IDS.customers.pastDue, return_url });
 */
export const DEMO_IDS = {
  customers: {
    /** One active Starter subscription and a Visa card. */
    active: 'cus_demo_active',
    /** One past-due Pro subscription: the card on file failed, its renewal invoice is open. */
    pastDue: 'cus_demo_past_due',
    /** Two subscriptions: Pro with 5 seats, and Starter yearly. */
    multi: 'cus_demo_multi',
    /** No subscription and no card: the one to send through Checkout. */
    none: 'cus_demo_none',
  },
  subscriptions: {
    active: 'sub_demo_active',
    pastDue: 'sub_demo_past_due',
    multiTeam: 'sub_demo_multi_team',
    multiAddon: 'sub_demo_multi_addon',
  },
  items: {
    active: 'si_demo_active',
    pastDue: 'si_demo_past_due',
    multiTeam: 'si_demo_multi_team',
    multiAddon: 'si_demo_multi_addon',
  },
  products: { starter: 'prod_demo_starter', pro: 'prod_demo_pro' },
  prices: {
    starterMonthly: 'price_demo_starter_monthly',
    starterYearly: 'price_demo_starter_yearly',
    proMonthly: 'price_demo_pro_monthly',
    proYearly: 'price_demo_pro_yearly',
  },
  invoices: {
    /** Ada's paid invoice for her current Starter period. */
    activePaid: 'in_demo_active_paid',
    /** Grace's renewal invoice for Pro: open, its charge declined once. */
    pastDueOpen: 'in_demo_past_due_open',
  },
  /** 25% off for 3 months, for retention offers in cancel flows. */
  retentionCoupon: 'demo_stay_25',
  /** The default portal configuration, with every feature on. */
  configuration: 'bpc_demo_default',
} as const;

const DAY = 86_400;
const { customers: c, subscriptions: s, items: i, products: p, prices: pr } = DEMO_IDS;

/**
 * The demo data: two products with monthly and yearly prices (a plan map's Starter and Pro), a
 * retention coupon, four customers in the situations the demo shows (one with no subscription, for
 * Checkout; one past due, with an open failed invoice), their invoices, and a default portal
 * configuration with every feature enabled.
 * Times are relative to `now` so periods are always current.
 *
 * @example
 * createStripeEmulator({ seed: demoSeed }); // the default
 */
export function demoSeed(now: number): EmulatorSeed {
  const cardYear = new Date(now * 1000).getUTCFullYear() + 3;
  const periodStart = now - 10 * DAY;
  const card = (brand: string, last4: string) => ({ brand, last4, exp_month: 12, exp_year: cardYear });
  return {
    products: [
      { id: p.starter, name: 'Starter', description: 'For individuals getting started.', default_price: pr.starterMonthly },
      { id: p.pro, name: 'Pro', description: 'For growing teams, billed per seat.', default_price: pr.proMonthly },
    ],
    prices: [
      {
        id: pr.starterMonthly,
        product: p.starter,
        unit_amount: 900,
        nickname: 'Starter monthly',
        recurring: { interval: 'month' },
      },
      {
        id: pr.starterYearly,
        product: p.starter,
        unit_amount: 9000,
        nickname: 'Starter yearly',
        recurring: { interval: 'year' },
      },
      { id: pr.proMonthly, product: p.pro, unit_amount: 2900, nickname: 'Pro monthly', recurring: { interval: 'month' } },
      { id: pr.proYearly, product: p.pro, unit_amount: 29000, nickname: 'Pro yearly', recurring: { interval: 'year' } },
    ],
    coupons: [
      {
        id: DEMO_IDS.retentionCoupon,
        name: '25% off for 3 months',
        percent_off: 25,
        duration: 'repeating',
        duration_in_months: 3,
      },
    ],
    customers: [
      {
        id: c.active,
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        created: now - 90 * DAY,
        address: address('12 St James Square', 'London', 'SW1Y 4JH', 'GB'),
      },
      { id: c.pastDue, name: 'Grace Hopper', email: 'grace@example.com', created: now - 60 * DAY },
      { id: c.multi, name: 'Katherine Johnson', email: 'katherine@example.com', created: now - 120 * DAY },
      { id: c.none, name: 'Alan Turing', email: 'alan@example.com', created: now - 5 * DAY },
    ],
    paymentMethods: [
      { id: 'pm_demo_ada_visa', customer: c.active, card: card('visa', '4242'), default: true },
      { id: 'pm_demo_grace_mastercard', customer: c.pastDue, card: card('mastercard', '4444'), default: true },
      { id: 'pm_demo_katherine_visa', customer: c.multi, card: card('visa', '1881'), default: true },
    ],
    subscriptions: [
      {
        id: s.active,
        customer: c.active,
        items: [{ id: i.active, price: pr.starterMonthly }],
        created: now - 80 * DAY,
        current_period_start: periodStart,
      },
      {
        id: s.pastDue,
        customer: c.pastDue,
        status: 'past_due',
        items: [{ id: i.pastDue, price: pr.proMonthly }],
        created: now - 50 * DAY,
        current_period_start: periodStart,
      },
      {
        id: s.multiTeam,
        customer: c.multi,
        items: [{ id: i.multiTeam, price: pr.proMonthly, quantity: 5 }],
        created: now - 110 * DAY,
        current_period_start: periodStart,
      },
      {
        id: s.multiAddon,
        customer: c.multi,
        items: [{ id: i.multiAddon, price: pr.starterYearly }],
        created: now - 100 * DAY,
        current_period_start: now - 100 * DAY,
      },
    ],
    invoices: [
      { id: DEMO_IDS.invoices.activePaid, subscription: s.active, status: 'paid' },
      { id: DEMO_IDS.invoices.pastDueOpen, subscription: s.pastDue, status: 'open', attempt_count: 1 },
    ],
    portalConfigurations: [
      {
        id: DEMO_IDS.configuration,
        is_default: true,
        business_profile: { headline: 'Manage your plan' },
        features: {
          customer_update: { enabled: true, allowed_updates: ['email', 'name', 'address', 'phone'] },
          invoice_history: { enabled: true },
          payment_method_update: { enabled: true },
          subscription_cancel: {
            enabled: true,
            mode: 'at_period_end',
            proration_behavior: 'none',
            cancellation_reason: {
              enabled: true,
              options: [
                'too_expensive',
                'missing_features',
                'switched_service',
                'unused',
                'customer_service',
                'too_complex',
                'low_quality',
                'other',
              ],
            },
          },
          subscription_update: {
            enabled: true,
            default_allowed_updates: ['price', 'quantity'],
            proration_behavior: 'create_prorations',
            products: [
              { product: p.starter, prices: [pr.starterMonthly, pr.starterYearly] },
              {
                product: p.pro,
                prices: [pr.proMonthly, pr.proYearly],
                adjustable_quantity: { enabled: true, minimum: 1, maximum: 50 },
              },
            ],
          },
          subscription_pause: {
            enabled: true,
            duration: {
              type: 'interval_options',
              interval_options: [
                { interval: 'month', interval_count: 1 },
                { interval: 'month', interval_count: 3 },
              ],
            },
          },
        },
      },
    ],
  };
}

function address(line1: string, city: string, postal_code: string, country: string) {
  return { line1, line2: null, city, postal_code, state: null, country };
}
