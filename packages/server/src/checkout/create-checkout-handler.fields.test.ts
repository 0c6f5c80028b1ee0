import { describe, expect, it, vi } from 'vitest';
import { checkoutSessions, createCheckoutTestHandler } from '../testing/checkout-test-kit';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { formRequest, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();
// A form-encoded `fetch` that reads JSON, so the refusal's `param` can be read.
const AS_FETCH = { headers: { accept: 'application/json' } };

async function refusal(response: Response) {
  expect(response.status).toBe(400);
  return (await response.json()).error as { code: string; param?: string; message: string };
}

describe('createCheckoutHandler: the browser names a plan and nothing else', () => {
  it.each([
    'price',
    'line_items',
    'customer',
    'success_url',
    'cancel_url',
    'coupon',
    'discounts',
    'promotion_code',
    'mode',
    'trial_period_days',
  ])('refuses %s by name, saying where the setting lives, before auth or Stripe', async (field) => {
    const getCustomer = vi.fn(() => null);
    const handler = createCheckoutTestHandler(stripe(), { getCustomer });
    const error = await refusal(await handler(jsonRequest({ plan: 'basic', [field]: 'x' })));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param: field });
    expect(error.message).toContain('server');
    expect(getCustomer).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
  });

  it('refuses an unknown field with the list of fields', async () => {
    const error = await refusal(
      await createCheckoutTestHandler(stripe())(formRequest({ plan: 'basic', colour: 'red' }, AS_FETCH)),
    );
    expect(error).toMatchObject({
      param: 'colour',
      message: 'Unknown field "colour". A Checkout request takes only: plan, quantity.',
    });
  });

  it.each([undefined, '', 'gold', 'price_basic', '__proto__', 'constructor', 'toString', 42, ['basic']])(
    'refuses plan %j: only a key of the plans map',
    async (plan) => {
      const error = await refusal(await createCheckoutTestHandler(stripe())(jsonRequest({ plan })));
      expect(error.param).toBe('plan');
      expect(stripe().calls()).toEqual([]);
    },
  );

  it.each([
    ['a quantity below the plan’s minimum', { plan: 'team', quantity: 1 }],
    ['a quantity above its maximum', { plan: 'team', quantity: 51 }],
    ['a fractional quantity', { plan: 'team', quantity: 2.5 }],
    ['a quantity as text in JSON', { plan: 'team', quantity: '5' }],
    ['a quantity for a plan without seats', { plan: 'basic', quantity: 1 }],
  ])('refuses %s', async (_, body) => {
    const error = await refusal(await createCheckoutTestHandler(stripe())(jsonRequest(body)));
    expect(error.param).toBe('quantity');
    expect(checkoutSessions(stripe())).toEqual([]);
  });

  it.each(['1e1', ' 5', '0x10', '5.0', '-3', ''])('refuses the form quantity %j, not guessing at a number', async (quantity) => {
    const error = await refusal(await createCheckoutTestHandler(stripe())(formRequest({ plan: 'team', quantity }, AS_FETCH)));
    expect(error.param).toBe('quantity');
  });

  it('refuses a body that is not an object', async () => {
    const error = await refusal(await createCheckoutTestHandler(stripe())(jsonRequest(['basic'])));
    expect(error.code).toBe('INVALID_REQUEST');
  });
});
