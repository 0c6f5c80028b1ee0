import { REQUEST_LIMITS } from '@portalkit/protocol';
import { describe, expect, it } from 'vitest';
import { createTestHandler, errorOf, formRequest, jsonRequest } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';

const fake = useFakeStripe();

const confirm = (subscription: string, item: Record<string, unknown>) => ({
  flow: 'subscription_update_confirm',
  subscription,
  items: [item],
});

describe('parseUpdateItem: what an update-confirm item may change', () => {
  it('takes a price-only item, sending no quantity', async () => {
    const response = await createTestHandler(fake(), { allowedPrices: ['price_pro'] })(
      jsonRequest(confirm('sub_alice', { id: 'si_alice', price: 'price_pro' })),
    );
    expect(response.status).toBe(200);
    expect(fake().requestsTo('sessions')[0]!.body.flow_data.subscription_update_confirm.items).toEqual([
      { id: 'si_alice', price: 'price_pro' },
    ]);
  });

  it.each([1, REQUEST_LIMITS.maxQuantity])('takes quantity %i, in JSON and in a form', async (quantity) => {
    const handler = createTestHandler(fake());
    expect((await handler(jsonRequest(confirm('sub_alice', { id: 'si_alice', quantity })))).status).toBe(200);
    const form = `flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items[0][quantity]=${quantity}`;
    expect((await handler(formRequest(form, { headers: { accept: 'application/json' } }))).status).toBe(200);
    const sent = fake()
      .requestsTo('sessions')
      .map((request) => request.body.flow_data.subscription_update_confirm.items[0].quantity);
    expect(sent).toEqual([String(quantity), String(quantity)]);
  });

  it.each([0, REQUEST_LIMITS.maxQuantity + 1, -1])('refuses quantity %i, in JSON and in a form', async (quantity) => {
    const handler = createTestHandler(fake());
    const json = await handler(jsonRequest(confirm('sub_alice', { id: 'si_alice', quantity })));
    expect(await errorOf(json)).toMatchObject({ code: 'INVALID_REQUEST', param: 'items[0].quantity' });
    const form = `flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items[0][quantity]=${quantity}`;
    const posted = await handler(formRequest(form, { headers: { accept: 'application/json' } }));
    expect(await errorOf(posted)).toMatchObject({ code: 'INVALID_REQUEST', param: 'items[0].quantity' });
    expect(fake().requests).toEqual([]);
  });

  it.each([' 2', '2 ', '+2', '2.0', '1e1', '0x10', '٢', ''])(
    'refuses the form quantity %j: only plain digits are a number in a form',
    async (quantity) => {
      const form = `flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items[0][quantity]=${encodeURIComponent(quantity)}`;
      const posted = await createTestHandler(fake())(formRequest(form, { headers: { accept: 'application/json' } }));
      expect(await errorOf(posted)).toEqual({
        code: 'INVALID_REQUEST',
        param: 'items[0].quantity',
        message: `items[0].quantity must be a whole number from 1 to ${REQUEST_LIMITS.maxQuantity}.`,
      });
      expect(fake().requests).toEqual([]);
    },
  );

  it.each([['2'], [[2]], [{ value: 2 }], [true]])('refuses the JSON quantity %j, which is not a number', async (quantity) => {
    const response = await createTestHandler(fake())(jsonRequest(confirm('sub_alice', { id: 'si_alice', quantity })));
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param: 'items[0].quantity' });
  });

  it.each([null, 'si_alice', ['si_alice']])('refuses the item %j, which is not an object', async (item) => {
    const body = { flow: 'subscription_update_confirm', subscription: 'sub_alice', items: [item] };
    const response = await createTestHandler(fake())(jsonRequest(body));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param: 'items[0]' });
  });

  it('names an unknown item field by its first 100 characters', async () => {
    const name = 'x'.repeat(150);
    const response = await createTestHandler(fake())(
      jsonRequest(confirm('sub_alice', { id: 'si_alice', quantity: 2, [name]: 1 })),
    );
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param: `items[0].${'x'.repeat(100)}…` });
  });
});
