import type { BillingDiscount, BillingStateResponse, BillingSubscription, BillingSubscriptionItem } from '@portalkit/protocol';

const DAY = 86_400;

/** 2027-01-01T00:00:00Z: the fixtures' period end, a fixed date so printed dates are stable. */
export const PERIOD_END = Date.UTC(2027, 0, 1) / 1000;

/** A subscription item of the billing state: Pro at $29.00 a month, one seat, unless `overrides` say otherwise. */
export function billingItem(overrides: Partial<BillingSubscriptionItem> = {}): BillingSubscriptionItem {
  return {
    id: 'si_fixture',
    price: 'price_fixture_pro_monthly',
    product: 'prod_fixture_pro',
    quantity: 1,
    unitAmount: 2900,
    currency: 'usd',
    interval: 'month',
    currentPeriodStart: PERIOD_END - 31 * DAY,
    currentPeriodEnd: PERIOD_END,
    ...overrides,
  };
}

/** An active subscription of the billing state renewing on {@link PERIOD_END}, with one {@link billingItem}. */
export function billingSubscription(overrides: Partial<BillingSubscription> = {}): BillingSubscription {
  return {
    id: 'sub_fixture',
    status: 'active',
    cancelAt: null,
    cancelAtPeriodEnd: false,
    canceledAt: null,
    pauseCollection: null,
    trialStart: null,
    trialEnd: null,
    currentPeriodStart: PERIOD_END - 31 * DAY,
    currentPeriodEnd: PERIOD_END,
    items: [billingItem()],
    discounts: [],
    ...overrides,
  };
}

/** A discount in effect: 25% off for three months (the demo's retention offer), started a month ago. */
export function billingDiscount(overrides: Partial<BillingDiscount> = {}): BillingDiscount {
  return {
    id: 'di_fixture',
    couponId: 'demo_stay_25',
    name: '25% off for 3 months',
    percentOff: 25,
    amountOff: null,
    currency: null,
    duration: 'repeating',
    start: PERIOD_END - 31 * DAY,
    end: PERIOD_END + 62 * DAY,
    ...overrides,
  };
}

/** The billing-state handler's answer: one {@link billingSubscription}, nobody named, no card, nothing owed, unless `overrides` say otherwise. */
export function billingState(overrides: Partial<BillingStateResponse> = {}): BillingStateResponse {
  return {
    version: '1',
    changed: true,
    customer: null,
    subscriptions: [billingSubscription()],
    defaultPaymentMethod: null,
    openInvoices: [],
    ...overrides,
  };
}
