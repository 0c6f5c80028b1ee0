import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { TEST_CARDS, cardFields, checkoutOpener, eventTypes } from '../testing/checkout';
import { findForm } from '../testing/portal-browser';
import { useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator({ clock: 'frozen', businessName: 'Acme Widgets' });

const openCheckout = checkoutOpener(running);
const types = () => eventTypes(running());

describe('the hosted Checkout page: the billing country', () => {
  it('asks for the billing country with a select, saves the code on the card and refuses one not listed', async () => {
    const { session, browser, page } = await openCheckout();
    expect(page.html).toContain('<select id="field-country" name="country" autocomplete="country">');
    expect(findForm(page.html, 'Subscribe').fields.country).toBe('US');
    for (const invalid of ['', 'UK', 'ZZ']) {
      const refused = await browser.submit(page, 'Subscribe', { ...cardFields(TEST_CARDS.succeeds), country: invalid });
      expect(refused.status).toBe(422);
      expect(refused.html).toContain(
        `<a href="#field-country">Country or region: Choose a country or region${invalid ? ' from the list' : ''}.</a>`,
      );
      expect(findForm(refused.html, 'Subscribe').fields.country).toBe('US');
    }
    expect(types()).toEqual([]);
    const done = await browser.submit(page, 'Subscribe', { ...cardFields(TEST_CARDS.succeeds), country: 'DE' });
    expect(done.status).toBe(303);
    const customer = (await running().stripe.customers.retrieve(DEMO_IDS.customers.none)) as Stripe.Customer;
    const card = await running().stripe.paymentMethods.retrieve(customer.invoice_settings.default_payment_method as string);
    expect(card.billing_details.address?.country).toBe('DE');
    expect((await running().stripe.checkout.sessions.retrieve(session.id)).status).toBe('complete');
  });
});
