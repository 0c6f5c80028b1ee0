import type { BillingDiscount, BillingStateResponse, BillingSubscription } from '@portalkit/protocol';
import { describe, expect, it } from 'vitest';
import type { PlanState } from '../server/price-catalog';
import { takeBillingSnapshot } from './billing-snapshot';
import { describeBillingChanges, describeDiscount } from './describe-billing-changes';
import { billingItem, billingState, billingSubscription } from './testing/billing-state-fixtures';

const JAN_5_2027 = Date.UTC(2027, 0, 5) / 1000;
const MAR_1_2027 = Date.UTC(2027, 2, 1) / 1000;

const plans: PlanState[] = [
  {
    priceId: 'price_starter',
    productName: 'Starter',
    nickname: 'Starter monthly',
    unitAmount: 900,
    currency: 'usd',
    interval: 'month',
  },
  { priceId: 'price_pro', productName: 'Pro', nickname: 'Pro monthly', unitAmount: 2900, currency: 'usd', interval: 'month' },
  { priceId: 'price_pro_year', productName: 'Pro', nickname: 'Pro yearly', unitAmount: 29000, currency: 'usd', interval: 'year' },
];

function subscription(overrides: Partial<BillingSubscription> & { price?: string; quantity?: number } = {}): BillingSubscription {
  const { price = 'price_starter', quantity = 1, ...rest } = overrides;
  const item = billingItem({
    id: 'si_1',
    price,
    product: 'prod_1',
    quantity,
    unitAmount: 900,
    currentPeriodStart: null,
    currentPeriodEnd: JAN_5_2027,
  });
  return billingSubscription({
    id: 'sub_1',
    currentPeriodStart: JAN_5_2027 - 31 * 86_400,
    currentPeriodEnd: JAN_5_2027,
    items: [item],
    ...rest,
  });
}

function state(overrides: Partial<BillingStateResponse> = {}): BillingStateResponse {
  return billingState({
    version: '7',
    subscriptions: [subscription()],
    customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    defaultPaymentMethod: { id: 'pm_visa', type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
    ...overrides,
  });
}

const retention: BillingDiscount = {
  id: 'di_1',
  couponId: 'coupon_retention',
  name: 'Stay with us',
  percentOff: 25,
  amountOff: null,
  currency: null,
  duration: 'repeating',
  start: JAN_5_2027,
  end: JAN_5_2027 + 90 * 86_400,
};

/** The sentences for a trip that left at `before` and came back to `after`. */
const changes = (before: BillingStateResponse, after: BillingStateResponse) =>
  describeBillingChanges(takeBillingSnapshot(before), after, plans);

describe('describeBillingChanges', () => {
  it('says nothing when nothing the customer would notice changed, even if the version moved', () => {
    expect(changes(state(), state({ version: '9' }))).toEqual([]);
  });

  it('names a new card by brand and last four digits', () => {
    const mastercard = { id: 'pm_mc', type: 'card', brand: 'mastercard', last4: '4444', expMonth: 12, expYear: 2034 };
    expect(changes(state(), state({ defaultPaymentMethod: mastercard }))).toEqual([
      'Mastercard ending in 4444 is now your payment method.',
    ]);
    expect(changes(state({ defaultPaymentMethod: null }), state())).toEqual(['Visa ending in 4242 is now your payment method.']);
  });

  it('says a payment method that is not a card is saved, and a removed one is gone', () => {
    const sepa = { id: 'pm_sepa', type: 'sepa_debit', brand: null, last4: null, expMonth: null, expYear: null };
    expect(changes(state(), state({ defaultPaymentMethod: sepa }))).toEqual(['Your new payment method is saved.']);
    expect(changes(state(), state({ defaultPaymentMethod: null }))).toEqual(['Your payment method was removed.']);
  });

  it('follows the billing name and email', () => {
    const after = state({ customer: { name: 'Ada King', email: 'ada.king@example.com' } });
    expect(changes(state(), after)).toEqual([
      'Your billing name is now Ada King.',
      'Billing emails now go to ada.king@example.com.',
    ]);
  });

  it('names the new plan, with how often it bills, or says the plan changed when the catalog does not know it', () => {
    expect(changes(state(), state({ subscriptions: [subscription({ price: 'price_pro_year' })] }))).toEqual([
      'Your plan is now Pro, billed yearly.',
    ]);
    expect(changes(state(), state({ subscriptions: [subscription({ price: 'price_unknown' })] }))).toEqual([
      'Your plan has changed.',
    ]);
  });

  it('says when a new quantity applies to the same plan', () => {
    expect(changes(state(), state({ subscriptions: [subscription({ quantity: 5 })] }))).toEqual([
      'Your Starter subscription is now for a quantity of 5.',
    ]);
  });

  it('gives the date a scheduled cancellation takes effect, and the renewal date when it is undone', () => {
    const ending = state({ subscriptions: [subscription({ cancelAtPeriodEnd: true })] });
    expect(changes(state(), ending)).toEqual(['Your Starter subscription will end on Jan 5, 2027.']);
    const endingOnDate = state({ subscriptions: [subscription({ cancelAt: MAR_1_2027 })] });
    expect(changes(state(), endingOnDate)).toEqual(['Your Starter subscription will end on Mar 1, 2027.']);
    expect(changes(ending, state())).toEqual(['Your Starter subscription will renew on Jan 5, 2027.']);
  });

  it('says payments are paused (until when, if Stripe said) and resumed', () => {
    const paused = state({ subscriptions: [subscription({ pauseCollection: { behavior: 'void', resumesAt: MAR_1_2027 } })] });
    expect(changes(state(), paused)).toEqual(['Payments for your Starter subscription are paused until Mar 1, 2027.']);
    const open = state({ subscriptions: [subscription({ pauseCollection: { behavior: 'void', resumesAt: null } })] });
    expect(changes(state(), open)).toEqual(['Payments for your Starter subscription are paused.']);
    expect(changes(paused, state())).toEqual(['Payments for your Starter subscription have resumed.']);
  });

  it('names an accepted discount with its terms, once', () => {
    const discounted = state({ subscriptions: [subscription({ discounts: [retention] })] });
    expect(changes(state(), discounted)).toEqual(['25% off for 3 months is applied to your Starter subscription.']);
    expect(changes(discounted, discounted)).toEqual([]);
  });

  it('announces a new subscription and one that ended now, but not one that had ended already', () => {
    const second = subscription({ id: 'sub_2', price: 'price_pro' });
    expect(changes(state(), state({ subscriptions: [subscription(), second] }))).toEqual(['You are now subscribed to Pro.']);
    expect(changes(state(), state({ subscriptions: [subscription({ price: 'price_unknown', id: 'sub_2' })] }))).toEqual([
      'Your subscription has started.',
    ]);
    const ended = state({ subscriptions: [subscription({ status: 'canceled' })] });
    expect(changes(state(), ended)).toEqual(['Your Starter subscription has ended.']);
    expect(changes(ended, ended)).toEqual([]);
  });

  it('says a past-due subscription is active again', () => {
    const pastDue = state({ subscriptions: [subscription({ status: 'past_due' })] });
    expect(changes(pastDue, state())).toEqual(['Your Starter subscription is active again.']);
  });

  it('lists several changes at once: payment method, details, then each subscription in order', () => {
    const before = state({ subscriptions: [subscription(), subscription({ id: 'sub_2', price: 'price_pro' })] });
    const after = state({
      defaultPaymentMethod: { id: 'pm_amex', type: 'card', brand: 'amex', last4: '0005', expMonth: 1, expYear: 2031 },
      customer: { name: 'Ada Lovelace', email: 'ada@lovelace.example' },
      subscriptions: [
        subscription({ price: 'price_pro', cancelAtPeriodEnd: true }),
        subscription({ id: 'sub_2', price: 'price_pro', pauseCollection: { behavior: 'void', resumesAt: null } }),
      ],
    });
    expect(changes(before, after)).toEqual([
      'Amex ending in 0005 is now your payment method.',
      'Billing emails now go to ada@lovelace.example.',
      'Your plan is now Pro, billed monthly.',
      'Your Pro subscription will end on Jan 5, 2027.',
      'Payments for your Pro subscription are paused.',
    ]);
  });
});

describe('describeDiscount', () => {
  it('words each duration and kind of discount', () => {
    expect(describeDiscount(retention)).toBe('25% off for 3 months');
    expect(describeDiscount({ ...retention, end: retention.start + 31 * 86_400 })).toBe('25% off for 1 month');
    expect(describeDiscount({ ...retention, duration: 'forever', end: null })).toBe('25% off');
    expect(
      describeDiscount({ ...retention, duration: 'once', end: null, percentOff: null, amountOff: 500, currency: 'usd' }),
    ).toBe('$5.00 off your next invoice');
  });
});
