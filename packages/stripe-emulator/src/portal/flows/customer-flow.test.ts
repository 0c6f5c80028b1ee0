import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seed/demo';
import { findForm, headingOf, textOf } from '../../testing/portal-browser';
import { usePortalHarness } from '../../testing/portal-harness';

const harness = usePortalHarness();

function open(configuration?: string) {
  return harness().open({
    customer: DEMO_IDS.customers.active,
    ...(configuration ? { configuration } : {}),
    flow_data: { type: 'customer_update', after_completion: { type: 'hosted_confirmation' } },
  });
}

const retrieve = async () => {
  const customer = await harness().stripe.customers.retrieve(DEMO_IDS.customers.active);
  if (customer.deleted) throw new Error('customer deleted');
  return customer;
};

describe('customer_update flow', () => {
  it('shows a filled field for each allowed update and saves them', async () => {
    const { browser, page } = await open();
    expect(headingOf(page.html)).toBe('Update billing details');
    expect(findForm(page.html, 'Save details').fields).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '',
      address_line1: '12 St James Square',
      address_line2: '',
      address_city: 'London',
      address_state: '',
      address_postal_code: 'SW1Y 4JH',
      address_country: 'GB',
    });
    const done = await browser.submit(page, 'Save details', {
      name: 'Augusta Ada King',
      email: 'countess@example.com',
      address_city: 'Ockham',
    });
    expect(headingOf(done.html)).toBe('All set');
    expect(textOf(done.html)).toContain('Your billing details have been updated.');
    const customer = await retrieve();
    expect(customer).toMatchObject({ name: 'Augusta Ada King', email: 'countess@example.com', phone: null });
    expect(customer.address).toMatchObject({ line1: '12 St James Square', city: 'Ockham', country: 'GB', line2: null });
    expect(harness().emulator.store.events.list()[0]?.type).toBe('customer.updated');
  });

  it('offers only the allowed fields and ignores others that are posted', async () => {
    const configuration = await harness().stripe.billingPortal.configurations.create({
      features: { customer_update: { enabled: true, allowed_updates: ['email'] } },
    });
    const { browser, page } = await open(configuration.id);
    expect(Object.keys(findForm(page.html, 'Save details').fields)).toEqual(['email']);
    await browser.submit(page, 'Save details', { email: 'new@example.com', name: 'Not Allowed' });
    expect(await retrieve()).toMatchObject({ email: 'new@example.com', name: 'Ada Lovelace' });
  });

  it('shows an invalid email inline and keeps what was typed', async () => {
    const { browser, page } = await open();
    const bad = await browser.submit(page, 'Save details', { email: 'not-an-email', name: 'Typed <Name>' });
    expect(bad.status).toBe(422);
    expect(textOf(bad.html)).toContain('Invalid email address: not-an-email');
    expect(findForm(bad.html, 'Save details').fields.name).toBe('Typed <Name>');
    expect(bad.html).toContain('value="Typed &lt;Name&gt;"');
    expect((await retrieve()).email).toBe('ada@example.com');
  });

  it('offers the country as a select of ISO 3166-1 names, saves the code chosen and refuses one not listed', async () => {
    const { browser, page } = await open();
    expect(page.html).toContain('<select id="field-address_country" name="address_country" autocomplete="country">');
    expect(page.html).toContain('<option value="GB" selected>United Kingdom</option>');
    expect(page.html).toContain('<option value="FR">France</option>');
    expect(page.html).not.toContain('two-letter');

    for (const invalid of ['UK', 'XX', 'gbr', '<b>']) {
      const refused = await browser.submit(page, 'Save details', { address_country: invalid });
      expect(refused.status).toBe(422);
      expect(refused.html).toMatch(/<div class="error error-summary" role="alert" id="form-error" tabindex="-1" autofocus>/);
      expect(refused.html).toContain(
        '<a href="#field-address_country">Country or region: Choose a country or region from the list.</a>',
      );
      expect(refused.html).toContain('aria-invalid="true" aria-describedby="field-address_country-error"');
      expect((await retrieve()).address?.country).toBe('GB');
    }

    const saved = await browser.submit(page, 'Save details', { address_country: 'FR', address_city: 'Paris' });
    expect(headingOf(saved.html)).toBe('All set');
    expect((await retrieve()).address).toMatchObject({ country: 'FR', city: 'Paris' });
  });

  it('lists every field at fault in the error summary, each linking to its field', async () => {
    const { browser, page } = await open();
    const bad = await browser.submit(page, 'Save details', { email: '', address_country: '' });
    expect(bad.status).toBe(422);
    const summary = /<div class="error error-summary"[\s\S]*?<\/div>/.exec(bad.html)?.[0] ?? '';
    expect([...summary.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1])).toEqual(['field-email', 'field-address_country']);
    for (const id of ['field-email', 'field-address_country']) expect(bad.html).toContain(`id="${id}"`);
    expect(textOf(summary)).toBe(
      'There is a problem Email: Enter an email address. Country or region: Choose a country or region.',
    );
  });
});
