import { describe, expect, it } from 'vitest';
import { serializeParsedBody } from './parsed-body';

const FORM = 'application/x-www-form-urlencoded';

function fields(body: string | Uint8Array): [string, string][] {
  return [...new URLSearchParams(body as string)];
}

describe('serializeParsedBody', () => {
  it('writes a JSON value back as JSON', () => {
    const body = { flow: 'subscription_update_confirm', subscription: 'sub_1', items: [{ id: 'si_1', quantity: 2 }] };
    expect(JSON.parse(serializeParsedBody(body, 'application/json; charset=utf-8') as string)).toEqual(body);
  });

  it('keeps the fields a JSON body should not have, so the handler can refuse them by name', () => {
    const body = JSON.parse('{"customer":"cus_other","__proto__":{"x":1}}') as unknown;
    expect(serializeParsedBody(body, 'application/json')).toBe('{"customer":"cus_other","__proto__":{"x":1}}');
  });

  it('writes a flat form (urlencoded, extended: false) back field by field', () => {
    const body = { flow: 'subscription_update_confirm', 'items[0][id]': 'si_1', returnTo: '/a b&c' };
    expect(fields(serializeParsedBody(body, `${FORM}; charset=utf-8`))).toEqual(Object.entries(body));
  });

  it('writes a nested form (urlencoded, extended: true) back with bracket paths', () => {
    const body = { flow: 'subscription_update_confirm', items: [{ id: 'si_1', price: 'price_1', quantity: '2' }] };
    expect(fields(serializeParsedBody(body, FORM))).toEqual([
      ['flow', 'subscription_update_confirm'],
      ['items[0][id]', 'si_1'],
      ['items[0][price]', 'price_1'],
      ['items[0][quantity]', '2'],
    ]);
  });

  it('repeats a field that was sent twice, so the duplicate still reaches the handler', () => {
    expect(fields(serializeParsedBody({ flow: ['customer_update', 'payment_method_update'] }, FORM))).toEqual([
      ['flow', 'customer_update'],
      ['flow', 'payment_method_update'],
    ]);
  });

  it('passes raw bytes and text through untouched', () => {
    const bytes = Buffer.from('{"flow": "customer_update"}');
    expect(serializeParsedBody(bytes, 'application/json')).toBe(bytes);
    expect(serializeParsedBody('flow=customer_update', FORM)).toBe('flow=customer_update');
  });
});
