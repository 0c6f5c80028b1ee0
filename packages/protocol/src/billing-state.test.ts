import { describe, expect, it } from 'vitest';
import { isBillingVersionAfter } from './billing-state';

describe('isBillingVersionAfter', () => {
  it('compares versions as numbers, not as strings', () => {
    expect(isBillingVersionAfter('10', '9')).toBe(true);
    expect(isBillingVersionAfter('9', '10')).toBe(false);
    expect(isBillingVersionAfter('12345678901234567890', '12345678901234567889')).toBe(true);
  });

  it('is false for the same version', () => {
    expect(isBillingVersionAfter('7', '7')).toBe(false);
  });

  it.each([
    ['', '1'],
    ['1', ''],
    ['-2', '1'],
    ['1e3', '1'],
    ['2', 'abc'],
  ])('never calls an unreadable version newer (%j after %j)', (version, since) => {
    expect(isBillingVersionAfter(version, since)).toBe(false);
  });
});
