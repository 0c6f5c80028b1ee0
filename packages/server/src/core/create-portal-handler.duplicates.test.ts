import { describe, expect, it, vi } from 'vitest';
import { useEmulatedStripe } from '../testing/emulator-kit';
import { createTestHandler, errorOf, formRequest, jsonRequest } from '../testing/portal-test-kit';

const stripe = useEmulatedStripe();

const CONFIRM = '"flow":"subscription_update_confirm","subscription":"sub_alice"';

/*
 * A gateway, a WAF or a log line in front of the handler may read the first of two equal keys while
 * JSON.parse keeps the last: the request that was checked is not the one acted on. Both body formats
 * refuse a repeated field, before auth and before Stripe.
 */
describe('createPortalHandler: a repeated key is refused, in JSON as in a form', () => {
  it.each([
    ['a repeated flow', '{"flow":"customer_update","flow":"payment_method_update"}', 'flow'],
    ['a repeated returnTo', '{"returnTo":"/account","returnTo":"https://evil.com/"}', 'returnTo'],
    ['a repeat spelled with a \\u escape', '{"flow":"customer_update","\\u0066low":"payment_method_update"}', 'flow'],
    ['a repeat spelled with escapes only', '{"\\u0072eturnTo":"/a","\\u0072\\u0065turnTo":"/b"}', 'returnTo'],
    ['a repeated subscription', `{${CONFIRM},"subscription":"sub_bob","items":[{"id":"si_alice","quantity":2}]}`, 'subscription'],
    ['a repeated item id', `{${CONFIRM},"items":[{"id":"si_alice","id":"si_bob","quantity":2}]}`, 'items[0].id'],
    ['a repeated item quantity', `{${CONFIRM},"items":[{"id":"si_alice","quantity":1,"quantity":2}]}`, 'items[0].quantity'],
    ['a repeat after whitespace', '{ "locale" : "fr" ,\n "locale" : "de" }', 'locale'],
  ])('refuses %s with 400 naming the key', async (_case, body, param) => {
    const getCustomerId = vi.fn(() => 'cus_alice');
    const response = await createTestHandler(stripe(), { getCustomerId })(jsonRequest(body));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', param });
    expect(error.message).toMatch(/more than once/);
    expect(getCustomerId).not.toHaveBeenCalled();
    expect(stripe().calls()).toEqual([]);
  });

  it('accepts equal keys in different objects, and key names inside string values', async () => {
    const body = '{"flow":"payment_method_update","returnTo":"/account?q=%22flow%22","locale":"en"}';
    expect((await createTestHandler(stripe())(jsonRequest(body))).status).toBe(200);
    const withItem = `{${CONFIRM},"items":[{"id":"si_alice","quantity":2}],"returnTo":"/\\"id\\":\\"x\\""}`;
    expect((await createTestHandler(stripe())(jsonRequest(withItem))).status).toBe(200);
    expect(
      stripe()
        .sessions()
        .map((session) => session.return_url),
    ).toEqual(['https://app.example.com/account?q=%22flow%22', 'https://app.example.com/%22id%22:%22x%22']);
  });

  it.each([
    ['flow=customer_update&flow=payment_method_update', 'flow'],
    [
      `flow=subscription_update_confirm&subscription=sub_alice&items[0][id]=si_alice&items[0][id]=si_bob&items[0][quantity]=2`,
      'items[0][id]',
    ],
  ])('refuses the form %s the same way, naming %s', async (form, param) => {
    const response = await createTestHandler(stripe())(formRequest(form, { headers: { accept: 'application/json' } }));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'INVALID_REQUEST', param });
    expect(stripe().calls()).toEqual([]);
  });
});
