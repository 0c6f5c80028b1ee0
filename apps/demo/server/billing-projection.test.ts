import { describe, expect, it } from 'vitest';
import { createBillingProjection } from './billing-projection';
import { createPriceCatalog } from './price-catalog';
import { card, customer, event, price, product, subscription } from './testing/stripe-fixtures';

const basic = price('price_basic', 'prod_basic', 900);
const pro = price('price_pro', 'prod_pro', 2900);
const catalog = createPriceCatalog([basic, pro], [product('prod_basic', 'Basic'), product('prod_pro', 'Pro')]);

function seeded() {
  const projection = createBillingProjection(catalog);
  projection.seed({
    customer: customer('cus_a', { invoice_settings: { default_payment_method: 'pm_old' } } as never),
    subscriptions: [subscription('sub_a1', 'cus_a', basic)],
    paymentMethod: card('pm_old', 'cus_a', 'visa', '4242'),
    openInvoices: [],
  });
  return projection;
}

describe('createBillingProjection', () => {
  it('starts from what Stripe said at start, with plans named from the catalog', () => {
    const state = seeded().get('cus_a');
    expect(state).toMatchObject({
      name: 'Ada Active',
      email: 'ada@example.com',
      paymentMethod: { id: 'pm_old', brand: 'visa', last4: '4242' },
      subscriptions: [
        {
          id: 'sub_a1',
          status: 'active',
          itemId: 'si_a1',
          cancelAtPeriodEnd: false,
          paused: false,
          plan: { priceId: 'price_basic', productName: 'Basic', unitAmount: 900, interval: 'month' },
        },
      ],
    });
  });

  it('knows nothing about customers it was not seeded with, and ignores their events', () => {
    const projection = seeded();
    expect(projection.get('cus_other')).toBeNull();
    expect(projection.apply(event('customer.subscription.updated', subscription('sub_x', 'cus_other', pro), 10))).toBe(false);
    expect(projection.get('cus_other')).toBeNull();
  });

  it('applies a scheduled cancellation, a pause and a plan switch from subscription events', () => {
    const projection = seeded();
    const before = projection.get('cus_a')!.version;

    projection.apply(
      event(
        'customer.subscription.updated',
        subscription('sub_a1', 'cus_a', basic, { cancel_at_period_end: true, cancel_at: 1_900_000_000 }),
        100,
      ),
    );
    expect(projection.get('cus_a')!.subscriptions[0]).toMatchObject({ cancelAtPeriodEnd: true, cancelAt: 1_900_000_000 });

    projection.apply(
      event(
        'customer.subscription.updated',
        subscription('sub_a1', 'cus_a', pro, { pause_collection: { behavior: 'void', resumes_at: null } }),
        101,
      ),
    );
    const state = projection.get('cus_a')!;
    expect(state.subscriptions[0]).toMatchObject({ paused: true, plan: { productName: 'Pro', priceId: 'price_pro' } });
    expect(state.version).toBeGreaterThan(before);
    expect(state.updatedAt).toBe(101);
  });

  it('shows a deleted subscription as canceled rather than forgetting it', () => {
    const projection = seeded();
    projection.apply(event('customer.subscription.deleted', subscription('sub_a1', 'cus_a', basic, { status: 'canceled' }), 100));
    expect(projection.get('cus_a')!.subscriptions).toMatchObject([{ id: 'sub_a1', status: 'canceled' }]);
  });

  it('does not let an older event undo a newer one delivered first', () => {
    const projection = seeded();
    projection.apply(
      event('customer.subscription.updated', subscription('sub_a1', 'cus_a', basic, { cancel_at_period_end: true }), 200),
    );
    expect(projection.apply(event('customer.subscription.updated', subscription('sub_a1', 'cus_a', basic), 150))).toBe(false);
    expect(projection.get('cus_a')!.subscriptions[0]!.cancelAtPeriodEnd).toBe(true);
  });

  it('adds a subscription it hears about for a known customer', () => {
    const projection = seeded();
    projection.apply(event('customer.subscription.created', subscription('sub_a2', 'cus_a', pro), 100));
    expect(projection.get('cus_a')!.subscriptions.map((s) => s.id)).toEqual(['sub_a1', 'sub_a2']);
  });

  it('switches the card when the new method is attached and made the default, in either order', () => {
    const attachedFirst = seeded();
    attachedFirst.apply(event('payment_method.attached', card('pm_new', 'cus_a', 'mastercard', '4444'), 100));
    expect(attachedFirst.get('cus_a')!.paymentMethod).toMatchObject({ id: 'pm_old', last4: '4242' });
    attachedFirst.apply(
      event('customer.updated', customer('cus_a', { invoice_settings: { default_payment_method: 'pm_new' } } as never), 100),
    );
    expect(attachedFirst.get('cus_a')!.paymentMethod).toMatchObject({ id: 'pm_new', brand: 'mastercard', last4: '4444' });

    const defaultFirst = seeded();
    defaultFirst.apply(
      event('customer.updated', customer('cus_a', { invoice_settings: { default_payment_method: 'pm_new' } } as never), 100),
    );
    expect(defaultFirst.get('cus_a')!.paymentMethod).toEqual({
      id: 'pm_new',
      brand: null,
      last4: null,
      expMonth: null,
      expYear: null,
    });
    defaultFirst.apply(event('payment_method.attached', card('pm_new', 'cus_a', 'mastercard', '4444'), 100));
    expect(defaultFirst.get('cus_a')!.paymentMethod).toMatchObject({ brand: 'mastercard', last4: '4444' });
  });

  it('takes new customer details from customer.updated', () => {
    const projection = seeded();
    projection.apply(event('customer.updated', customer('cus_a', { name: 'Ada Lovelace', email: 'ada@lovelace.example' }), 100));
    expect(projection.get('cus_a')).toMatchObject({ name: 'Ada Lovelace', email: 'ada@lovelace.example' });
  });

  it('names a price the catalog does not know by its ID', () => {
    const projection = seeded();
    const unknown = price('price_legacy', 'prod_legacy', 500);
    projection.apply(event('customer.subscription.updated', subscription('sub_a1', 'cus_a', unknown), 100));
    expect(projection.get('cus_a')!.subscriptions[0]!.plan).toMatchObject({
      priceId: 'price_legacy',
      productName: 'price_legacy',
    });
  });
});
