import { describe, expect, it } from 'vitest';
import { nextCharge } from './next-charge';
import { billingDiscount, billingItem, billingSubscription, PERIOD_END } from './testing/billing-state-fixtures';

const DAY = 86_400;

describe('nextCharge', () => {
  it('charges every item, unit amount times quantity, at the end of the period', () => {
    const subscription = billingSubscription({
      items: [billingItem({ unitAmount: 2900, quantity: 5 }), billingItem({ id: 'si_addon', unitAmount: 900, quantity: 1 })],
    });
    expect(nextCharge(subscription)).toEqual({ kind: 'charge', date: PERIOD_END, amount: 15400, currency: 'usd', discounts: [] });
  });

  it('counts an item without a quantity as one', () => {
    const subscription = billingSubscription({ items: [billingItem({ quantity: null })] });
    expect(nextCharge(subscription)).toMatchObject({ amount: 2900 });
  });

  it('takes off a percentage that still applies on the charge date', () => {
    const offer = billingDiscount({ percentOff: 25 });
    expect(nextCharge(billingSubscription({ discounts: [offer] }))).toMatchObject({ amount: 2175, discounts: [offer] });
  });

  it('takes off an amount in the same currency, never below zero', () => {
    const five = billingDiscount({ percentOff: null, amountOff: 500, currency: 'usd', duration: 'forever', end: null });
    expect(nextCharge(billingSubscription({ discounts: [five] }))).toMatchObject({ amount: 2400 });
    const huge = { ...five, amountOff: 10_000 };
    expect(nextCharge(billingSubscription({ discounts: [huge] }))).toMatchObject({ amount: 0 });
  });

  it('ignores an amount off in another currency', () => {
    const euros = billingDiscount({ percentOff: null, amountOff: 500, currency: 'eur', duration: 'forever', end: null });
    expect(nextCharge(billingSubscription({ discounts: [euros] }))).toMatchObject({ amount: 2900 });
  });

  it('leaves out a discount that ends on or before the charge date', () => {
    for (const end of [PERIOD_END, PERIOD_END - DAY]) {
      const ending = billingDiscount({ end });
      expect(nextCharge(billingSubscription({ discounts: [ending] }))).toMatchObject({ amount: 2900, discounts: [] });
    }
  });

  it('applies a one-off discount still on the subscription to the next payment', () => {
    const once = billingDiscount({ duration: 'once', end: null, percentOff: 50 });
    expect(nextCharge(billingSubscription({ discounts: [once] }))).toMatchObject({ amount: 1450 });
  });

  it('takes several discounts off in order, each from what is left', () => {
    const percent = billingDiscount({ percentOff: 10 });
    const amount = billingDiscount({ id: 'di_two', percentOff: null, amountOff: 100, currency: 'usd' });
    expect(nextCharge(billingSubscription({ discounts: [percent, amount] }))).toMatchObject({ amount: 2510 });
    expect(nextCharge(billingSubscription({ discounts: [amount, percent] }))).toMatchObject({ amount: 2520 });
  });

  it('names no amount when a price has none (tiered or custom)', () => {
    const subscription = billingSubscription({ items: [billingItem(), billingItem({ id: 'si_tiered', unitAmount: null })] });
    expect(nextCharge(subscription)).toMatchObject({ kind: 'charge', amount: null, date: PERIOD_END });
  });

  it('charges nothing when the subscription cancels at the period end, and says when it ends', () => {
    expect(nextCharge(billingSubscription({ cancelAtPeriodEnd: true }))).toEqual({ kind: 'ends', date: PERIOD_END });
    const at = PERIOD_END - 3 * DAY;
    expect(nextCharge(billingSubscription({ cancelAt: at }))).toEqual({ kind: 'ends', date: at });
  });

  it('still charges at the period end when the cancellation is set for a later date', () => {
    expect(nextCharge(billingSubscription({ cancelAt: PERIOD_END + 40 * DAY }))).toMatchObject({ kind: 'charge', amount: 2900 });
  });

  it('charges nothing while payments are paused, and says when they resume', () => {
    const resumesAt = PERIOD_END + 10 * DAY;
    const paused = billingSubscription({ pauseCollection: { behavior: 'void', resumesAt } });
    expect(nextCharge(paused)).toEqual({ kind: 'paused', resumesAt });
    const indefinitely = billingSubscription({ pauseCollection: { behavior: 'void', resumesAt: null } });
    expect(nextCharge(indefinitely)).toEqual({ kind: 'paused', resumesAt: null });
    expect(nextCharge(billingSubscription({ status: 'paused' }))).toEqual({ kind: 'paused', resumesAt: null });
  });

  it('has nothing coming for an ended subscription, or one with no period end', () => {
    expect(nextCharge(billingSubscription({ status: 'canceled' }))).toEqual({ kind: 'none' });
    expect(nextCharge(billingSubscription({ currentPeriodEnd: null }))).toEqual({ kind: 'none' });
  });
});
