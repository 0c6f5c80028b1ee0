import { describe, expect, it } from 'vitest';
import { formatDiscount } from './format';
import { billingDiscount } from './testing/billing-state-fixtures';

describe('formatDiscount', () => {
  it('says how much is off and until when', () => {
    expect(formatDiscount(billingDiscount({ end: Date.UTC(2027, 2, 5) / 1000 }))).toBe('25% off until Mar 5, 2027');
  });

  it('says an amount off in its currency, with no end for a discount that lasts', () => {
    const amount = billingDiscount({ percentOff: null, amountOff: 500, currency: 'usd', duration: 'forever', end: null });
    expect(formatDiscount(amount)).toBe('$5.00 off');
  });

  it('says a one-off discount applies to the next payment', () => {
    expect(formatDiscount(billingDiscount({ duration: 'once', end: null }))).toBe('25% off your next payment');
  });
});
