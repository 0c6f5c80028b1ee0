import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { buildCoupon } from '../objects/coupon';
import { DEMO_IDS } from '../seed/demo';
import { rejectionOf, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator();
const { subscriptions: subs, customers, retentionCoupon } = DEMO_IDS;

/** The active demo subscription after the customer accepted the retention offer (one `di_...`). */
function withRetentionOffer(subscription: string = subs.active) {
  running().emulator.actions.applyRetentionCoupon(subscription, retentionCoupon);
}

const couponOf = (discount: string | Stripe.Discount) => (discount as Stripe.Discount).source.coupon as Stripe.Coupon;

describe('expand[] through a list of IDs', () => {
  it('expands each discount of a subscription and then its coupon (discounts.source.coupon)', async () => {
    withRetentionOffer();
    const plain = await running().stripe.subscriptions.retrieve(subs.active);
    expect(plain.discounts).toEqual([expect.stringMatching(/^di_/)]);
    const expanded = await running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts.source.coupon'] });
    const [discount] = expanded.discounts as Stripe.Discount[];
    expect(discount).toMatchObject({ id: plain.discounts[0], object: 'discount', subscription: subs.active });
    expect(couponOf(discount!)).toMatchObject({ id: retentionCoupon, object: 'coupon', percent_off: 25, duration: 'repeating' });
  });

  it('expands every element, keeping their order, and the same path on each subscription of a list', async () => {
    withRetentionOffer();
    withRetentionOffer();
    withRetentionOffer(subs.multiTeam);
    const [first, second] = (await running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts.source.coupon'] }))
      .discounts as Stripe.Discount[];
    expect((await running().stripe.subscriptions.retrieve(subs.active)).discounts).toEqual([first!.id, second!.id]);
    expect([couponOf(first!).id, couponOf(second!).id]).toEqual([retentionCoupon, retentionCoupon]);

    // `data.` plus three levels: Stripe's limit of four.
    const list = await running().stripe.subscriptions.list({ status: 'all', expand: ['data.discounts.source.coupon'] });
    const withDiscounts = list.data.filter((subscription) => subscription.discounts.length > 0);
    expect(withDiscounts.map((subscription) => subscription.id).sort()).toEqual([subs.active, subs.multiTeam].sort());
    for (const subscription of withDiscounts) {
      for (const discount of subscription.discounts) expect(couponOf(discount).percent_off).toBe(25);
    }
  });

  it('goes on into any reference of the elements, not only coupons (discounts.customer)', async () => {
    withRetentionOffer();
    const expanded = await running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts.customer'] });
    const [discount] = expanded.discounts as Stripe.Discount[];
    expect((discount!.customer as Stripe.Customer).id).toBe(customers.active);
    expect(discount!.source.coupon).toBe(retentionCoupon);
  });

  it('finds a coupon whatever its ID looks like, even one shaped like another object’s ID', async () => {
    const store = running().emulator.store;
    store.coupons.set(buildCoupon({ id: 'in_house', amount_off: 500, currency: 'usd', duration: 'forever' }, 0));
    running().emulator.actions.applyRetentionCoupon(subs.active, 'in_house');
    const expanded = await running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts.source.coupon'] });
    expect(couponOf(expanded.discounts[0]!)).toMatchObject({ id: 'in_house', amount_off: 500 });
  });

  it('expands nothing when the list is empty, and still refuses a path its elements do not have', async () => {
    const none = await running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts.source.coupon'] });
    expect(none.discounts).toEqual([]);
    withRetentionOffer();
    const error = await rejectionOf(running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts.nothing'] }));
    expect(error).toMatchObject({ param: 'expand', message: 'This property cannot be expanded (discounts.nothing).' });
    const leaf = await rejectionOf(running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts.start'] }));
    expect(leaf.param).toBe('expand');
  });

  it('refuses to go through an element that is not an ID it knows', async () => {
    withRetentionOffer();
    const subscription = running().emulator.store.subscriptions.get(subs.active)!;
    running().emulator.store.subscriptions.set({ ...subscription, discounts: [...subscription.discounts, 'di_forgotten'] });
    const error = await rejectionOf(
      running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts.source.coupon'] }),
    );
    expect(error).toMatchObject({ param: 'expand', message: 'This property cannot be expanded (discounts.source.coupon).' });
    // At the end of a path it stays an ID, as before.
    const ids = (await running().stripe.subscriptions.retrieve(subs.active, { expand: ['discounts'] })).discounts;
    expect(ids.at(-1)).toBe('di_forgotten');
  });
});
