import { describe, expect, it } from 'vitest';
import { createTestHandler, jsonRequest } from '../testing/portal-test-kit';
import { useFakeStripe } from '../testing/use-fake-stripe';

const fake = useFakeStripe();

/*
 * The emulator has no connected accounts and no promotion codes, and refuses both; that they reach
 * Stripe as its parameters is checked on the wire, with the small fake.
 */
describe('createPortalHandler: what the emulator does not model', () => {
  it('sends onBehalfOf and promotion codes as Stripe parameters', async () => {
    const handler = createTestHandler(fake(), {
      onBehalfOf: 'acct_123',
      discounts: [{ coupon: 'UPGRADE10' }, { promotionCode: 'promo_123' }],
    });
    const body = { flow: 'subscription_update_confirm', subscription: 'sub_alice', items: [{ id: 'si_alice', quantity: 2 }] };
    expect((await handler(jsonRequest(body))).status).toBe(200);
    const [params] = fake()
      .requestsTo('sessions')
      .map((request) => request.body);
    expect(params).toMatchObject({ on_behalf_of: 'acct_123' });
    expect(params!.flow_data.subscription_update_confirm.discounts).toEqual([
      { coupon: 'UPGRADE10' },
      { promotion_code: 'promo_123' },
    ]);
  });
});
