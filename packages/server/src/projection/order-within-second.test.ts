import { describe, expect, it } from 'vitest';
import { compareInvoices, compareSnapshots } from './order-within-second';

describe('compareSnapshots', () => {
  it('calls snapshots the same whatever their key order (a database may reorder keys), and unknown otherwise', () => {
    expect(compareSnapshots({ a: 1, b: { c: 2, d: [1, 2] } }, { b: { d: [1, 2], c: 2 }, a: 1 })).toBe('same');
    expect(compareSnapshots({ a: 1, b: { d: [2, 1] } }, { a: 1, b: { d: [1, 2] } })).toBe('unknown');
    expect(compareSnapshots({ a: null }, { a: 0 })).toBe('unknown');
  });
});

describe('compareInvoices', () => {
  it.each([
    ['open', 'draft', 'newer'],
    ['paid', 'open', 'newer'],
    ['void', 'open', 'newer'],
    ['paid', 'uncollectible', 'newer'],
    ['draft', 'paid', 'older'],
    ['open', 'void', 'older'],
    ['paid', 'void', 'unknown'],
    ['open', 'open', 'unknown'],
    ['mystery', 'open', 'unknown'],
  ])('orders %s after %s as %s', (event, row, expected) => {
    expect(compareInvoices({ status: event, amountDue: 1 }, { status: row, amountDue: 2 })).toBe(expected);
  });

  it('calls equal snapshots the same', () => {
    expect(compareInvoices({ status: 'paid', amountDue: 1 }, { status: 'paid', amountDue: 1 })).toBe('same');
  });
});
