import { describe, expect, it } from 'vitest';
import { createBillingProjection } from './billing-projection';
import { createPriceCatalog } from './price-catalog';
import { customer, event, invoice, price, product, subscription } from './testing/stripe-fixtures';

const basic = price('price_basic', 'prod_basic', 900);
const catalog = createPriceCatalog([basic], [product('prod_basic', 'Basic')]);

function seeded(openInvoices: ReturnType<typeof invoice>[] = []) {
  const projection = createBillingProjection(catalog);
  projection.seed({
    customer: customer('cus_a'),
    subscriptions: [subscription('sub_a1', 'cus_a', basic, { status: 'past_due' })],
    paymentMethod: null,
    openInvoices,
  });
  return projection;
}

describe('the projection of failed payments', () => {
  it('starts with the open invoices Stripe had at start whose charge failed', () => {
    const projection = seeded([invoice('in_failed', 'cus_a'), invoice('in_draft_like', 'cus_a', { attempt_count: 0 })]);
    expect(projection.get('cus_a')!.failedPayment).toEqual({
      invoiceId: 'in_failed',
      subscriptionId: 'sub_a1',
      amountDue: 900,
      currency: 'usd',
      createdAt: 1_800_000_000,
      attemptCount: 1,
    });
  });

  it('shows a failed renewal from invoice.payment_failed, and forgets it once invoice.paid arrives', () => {
    const projection = seeded();
    expect(projection.get('cus_a')!.failedPayment).toBeNull();
    expect(projection.apply(event('invoice.payment_failed', invoice('in_renewal', 'cus_a', { amount_due: 2900 }), 100))).toBe(
      true,
    );
    expect(projection.get('cus_a')!.failedPayment).toMatchObject({ invoiceId: 'in_renewal', amountDue: 2900 });

    projection.apply(event('invoice.paid', invoice('in_renewal', 'cus_a', { status: 'paid' }), 200));
    expect(projection.get('cus_a')!.failedPayment).toBeNull();
  });

  it('does not bring back a paid invoice when its older payment_failed event arrives late', () => {
    const projection = seeded();
    projection.apply(event('invoice.paid', invoice('in_renewal', 'cus_a', { status: 'paid' }), 200));
    expect(projection.apply(event('invoice.payment_failed', invoice('in_renewal', 'cus_a'), 100))).toBe(false);
    expect(projection.get('cus_a')!.failedPayment).toBeNull();
  });

  it('shows the newest of several failed invoices, and the older one once the newest is paid', () => {
    const projection = seeded([invoice('in_old', 'cus_a', { created: 1_700_000_000 })]);
    projection.apply(event('invoice.payment_failed', invoice('in_new', 'cus_a', { created: 1_800_000_000 }), 100));
    expect(projection.get('cus_a')!.failedPayment?.invoiceId).toBe('in_new');
    projection.apply(event('invoice.paid', invoice('in_new', 'cus_a', { status: 'paid' }), 200));
    expect(projection.get('cus_a')!.failedPayment?.invoiceId).toBe('in_old');
  });

  it('ignores invoices of customers it does not track', () => {
    const projection = seeded();
    expect(projection.apply(event('invoice.payment_failed', invoice('in_other', 'cus_other'), 100))).toBe(false);
  });
});
