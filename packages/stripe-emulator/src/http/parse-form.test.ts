import { describe, expect, it } from 'vitest';
import { parseForm } from './parse-form';
import { StripeApiError } from './stripe-error';

describe('parseForm', () => {
  it('reads stripe-node encoding: nested hashes, indexed lists, unescaped brackets', () => {
    const form = parseForm(
      'flow_data[type]=subscription_update_confirm&flow_data[subscription_update_confirm][items][0][id]=si_1&flow_data[subscription_update_confirm][items][0][quantity]=2&expand[0]=configuration',
    );
    expect(JSON.parse(JSON.stringify(form))).toEqual({
      flow_data: {
        type: 'subscription_update_confirm',
        subscription_update_confirm: { items: { 0: { id: 'si_1', quantity: '2' } } },
      },
      expand: { 0: 'configuration' },
    });
  });

  it('appends with [] and decodes percent-escapes and +', () => {
    const form = parseForm(
      'expand%5B%5D=customer&expand[]=items.data.price&return_url=https%3A%2F%2Fa.test%2Fx%3Fy%3D1&name=Ada+L',
    );
    expect(form.expand).toEqual(['customer', 'items.data.price']);
    expect(form.return_url).toBe('https://a.test/x?y=1');
    expect(form.name).toBe('Ada L');
  });

  it('keeps the last of repeated plain keys', () => {
    expect(parseForm('customer=cus_a&customer=cus_b').customer).toBe('cus_b');
  });

  it('refuses a key sent both as a value and as a hash', () => {
    expect(() => parseForm('flow_data=x&flow_data[type]=customer_update')).toThrow(StripeApiError);
    expect(() => parseForm('flow_data[type]=a&flow_data=x')).toThrow(/flow_data/);
  });

  it('refuses [] in the middle of a key', () => {
    expect(() => parseForm('items[][id]=si_1')).toThrow(StripeApiError);
  });

  it('keeps __proto__ as a plain key instead of touching prototypes', () => {
    const form = parseForm('__proto__[polluted]=yes&constructor[prototype][polluted]=yes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(form)).toEqual(['__proto__', 'constructor']);
  });

  it('refuses absurd nesting', () => {
    expect(() => parseForm(`a${'[b]'.repeat(12)}=1`)).toThrow(/nested more than/);
  });
});
