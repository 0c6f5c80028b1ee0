import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { previewProration } from './proration-preview';

const DAY = 86_400;
const START = Date.UTC(2027, 0, 1) / 1000;
const END = START + 30 * DAY;

const price = (unit_amount: number, interval: Stripe.Price.Recurring.Interval = 'month') =>
  ({
    id: `price_${unit_amount}_${interval}`,
    currency: 'usd',
    unit_amount,
    recurring: { interval, interval_count: 1 },
  }) as Stripe.Price;
const item = (unit: Stripe.Price, quantity = 1) =>
  ({ price: unit, quantity, current_period_start: START, current_period_end: END }) as Stripe.SubscriptionItem;

// Ten days into a thirty-day period: twenty days, two thirds of it, are left.
const NOW = START + 10 * DAY;

describe('previewProration: what a plan change costs, prorated by whole days', () => {
  it('create_prorations: the difference for the days left goes on the next invoice, nothing is due today', () => {
    const preview = previewProration({ item: item(price(3000)), price: price(6000), quantity: 1 }, NOW, 'create_prorations');
    expect(preview).toMatchObject({
      remainingDays: 20,
      periodDays: 30,
      credit: 2000,
      charge: 4000,
      net: 2000,
      dueToday: 0,
      newCycle: false,
      nextInvoiceAt: END,
    });
  });

  it('always_invoice: the same difference is due today; a downgrade is a credit, never a negative charge', () => {
    const upgrade = previewProration({ item: item(price(3000)), price: price(6000), quantity: 1 }, NOW, 'always_invoice');
    expect(upgrade).toMatchObject({ net: 2000, dueToday: 2000 });
    const downgrade = previewProration({ item: item(price(6000)), price: price(3000), quantity: 1 }, NOW, 'always_invoice');
    expect(downgrade).toMatchObject({ credit: 4000, charge: 2000, net: -2000, dueToday: 0 });
  });

  it('counts quantity on both sides', () => {
    const preview = previewProration({ item: item(price(1000), 2), price: price(1000), quantity: 5 }, NOW, 'create_prorations');
    expect(preview).toMatchObject({ credit: 1333, charge: 3333, net: 2000 });
  });

  it('none: no proration, and the new price starts with the next period', () => {
    const preview = previewProration({ item: item(price(3000)), price: price(6000), quantity: 1 }, NOW, 'none');
    expect(preview).toMatchObject({ credit: 0, charge: 0, net: 0, dueToday: 0, nextInvoiceAt: END });
  });

  it('a new interval starts a new period today: the whole new price is due, less the unused time unless none', () => {
    const yearly = price(30000, 'year');
    const prorated = previewProration({ item: item(price(3000)), price: yearly, quantity: 1 }, NOW, 'create_prorations');
    expect(prorated).toMatchObject({ newCycle: true, credit: 2000, charge: 30000, dueToday: 28000 });
    expect(prorated.nextInvoiceAt).toBe(Date.UTC(2028, 0, 11) / 1000);
    const unprorated = previewProration({ item: item(price(3000)), price: yearly, quantity: 1 }, NOW, 'none');
    expect(unprorated).toMatchObject({ credit: 0, dueToday: 30000 });
  });

  it('stays within the period when the clock is outside it', () => {
    const after = previewProration({ item: item(price(3000)), price: price(6000), quantity: 1 }, END + 5 * DAY, 'always_invoice');
    expect(after).toMatchObject({ remainingDays: 0, dueToday: 0 });
    const before = previewProration(
      { item: item(price(3000)), price: price(6000), quantity: 1 },
      START - 5 * DAY,
      'always_invoice',
    );
    expect(before).toMatchObject({ remainingDays: 30, dueToday: 3000 });
  });
});
