import { describe, expect, it } from 'vitest';
import { createTestHandler, errorOf, jsonRequest } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';

const fake = useFakeStripe();

const confirm = (subscription: string, item: Record<string, unknown>) => ({
  flow: 'subscription_update_confirm',
  subscription,
  items: [item],
});

function seedItems(id: string, items: string[]) {
  fake().seedSubscription({ id, customer: 'cus_alice', items: items.map((item) => ({ id: item, price: 'price_basic' })) });
}

describe('checkOwnership: the item must be on the subscription', () => {
  it.each(['si_any', 'si_alice', 'si_bob'])(
    'accepts no item (%s) for a subscription with zero items, and creates no session',
    async (item) => {
      seedItems('sub_empty', []);
      const response = await createTestHandler(fake())(jsonRequest(confirm('sub_empty', { id: item, quantity: 2 })));
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toEqual({
        code: 'NOT_FOUND',
        param: 'items[0].id',
        message: 'No item with this ID belongs to the subscription.',
      });
      expect(fake().requestsTo('sessions')).toEqual([]);
    },
  );

  it.each(['si_first', 'si_middle', 'si_last'])('accepts %s, one of several items on the subscription', async (item) => {
    seedItems('sub_many', ['si_first', 'si_middle', 'si_last']);
    const response = await createTestHandler(fake())(jsonRequest(confirm('sub_many', { id: item, quantity: 2 })));
    expect(response.status).toBe(200);
    expect(fake().requestsTo('sessions')[0]!.body.flow_data.subscription_update_confirm.items).toEqual([
      { id: item, quantity: '2' },
    ]);
  });

  it.each(['si_alice', 'si_firs', 'si_first_'])('refuses %s, which is not one of the several items', async (item) => {
    seedItems('sub_many', ['si_first', 'si_middle', 'si_last']);
    const response = await createTestHandler(fake())(jsonRequest(confirm('sub_many', { id: item, quantity: 2 })));
    expect(response.status).toBe(404);
    expect(fake().requestsTo('sessions')).toEqual([]);
  });
});
