/*
 * What a billing page shows beyond a subscription's plan and status: a failed renewal's amount, date
 * and attempts, who is billed (name, email), and the discounts in effect, kept from events and read
 * back by a reconcile, against the emulator through the SDK.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import type Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { CARD, projectionWebhook, sentEvents, startProjectionEmulator } from '../testing/projection-kit';
import { createBillingProjection } from './create-billing-projection';

const { customers, invoices, subscriptions, retentionCoupon } = DEMO_IDS;
let running: Awaited<ReturnType<typeof startProjectionEmulator>> | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function setUp() {
  running = await startProjectionEmulator();
  const projection = createBillingProjection({ stripe: running.client });
  return { ...running, projection, deliver: projectionWebhook(projection) };
}

describe('the billing projection: what a billing page shows', () => {
  it('reads a failed renewal (amount, date, attempts) and who is billed when it reconciles a customer', async () => {
    const { projection, client } = await setUp();
    await projection.reconcile(customers.pastDue);
    const billing = await projection.getCustomerBilling(customers.pastDue);
    const invoice = await client.invoices.retrieve(invoices.pastDueOpen);
    expect(billing.openInvoices).toEqual([
      expect.objectContaining({ id: invoice.id, amountDue: invoice.amount_due, created: invoice.created, attemptCount: 1 }),
    ]);
    expect(billing.customer).toEqual({ name: 'Grace Hopper', email: 'grace@example.com' });
  });

  it('drops the open invoice once the new card pays it, from the events alone', async () => {
    const { projection, deliver, emulator } = await setUp();
    await projection.reconcile(customers.pastDue);
    const seen = emulator.store.events.list().length;
    emulator.actions.updatePaymentMethod(customers.pastDue, CARD);
    await emulator.webhooks.waitForIdle();
    for (const event of sentEvents(emulator).slice(seen)) await deliver(event);
    expect((await projection.getCustomerBilling(customers.pastDue)).openInvoices).toEqual([]);
  });

  it('drops an open invoice on reconcile when Stripe paid it and the event was lost', async () => {
    const { projection, emulator } = await setUp();
    await projection.reconcile(customers.pastDue);
    emulator.actions.updatePaymentMethod(customers.pastDue, CARD);
    await projection.reconcile(customers.pastDue);
    expect((await projection.getCustomerBilling(customers.pastDue)).openInvoices).toEqual([]);
  });

  it('follows the name and email the customer edits in the portal (customer.updated)', async () => {
    const { projection, deliver, emulator } = await setUp();
    await projection.reconcile(customers.active);
    const seen = emulator.store.events.list().length;
    emulator.actions.updateCustomerDetails(customers.active, { name: 'Ada King', email: 'ada.king@example.com' });
    await emulator.webhooks.waitForIdle();
    for (const event of sentEvents(emulator).slice(seen)) await deliver(event);
    expect((await projection.getCustomerBilling(customers.active)).customer).toEqual({
      name: 'Ada King',
      email: 'ada.king@example.com',
    });
  });

  it('shows an accepted retention offer (its percentage and when it ends) from the webhook, and its removal', async () => {
    const { projection, deliver, emulator, client, requests } = await setUp();
    await projection.reconcile(customers.active);
    const seen = emulator.store.events.list().length;
    emulator.actions.applyRetentionCoupon(subscriptions.active, retentionCoupon);
    await emulator.webhooks.waitForIdle();
    requests.length = 0;
    for (const event of sentEvents(emulator).slice(seen)) await deliver(event);
    expect(requests).toEqual([`GET /v1/subscriptions/${subscriptions.active}?expand[0]=discounts.source.coupon`]);

    const inStripe = await client.subscriptions.retrieve(subscriptions.active, { expand: ['discounts.source.coupon'] });
    const applied = inStripe.discounts[0] as Stripe.Discount;
    const active = () => projection.getCustomerBilling(customers.active).then((billing) => billing.subscriptions);
    expect((await active()).find((subscription) => subscription.id === subscriptions.active)?.discounts).toEqual([
      {
        id: applied.id,
        couponId: retentionCoupon,
        name: '25% off for 3 months',
        percentOff: 25,
        amountOff: null,
        currency: null,
        duration: 'repeating',
        start: applied.start,
        end: applied.end,
      },
    ]);
    expect(applied.end).toBeGreaterThan(applied.start);

    const before = emulator.store.events.list().length;
    // An empty string unsets them (`Emptyable` in stripe-node): the SDK sends nothing for `[]`.
    await client.subscriptions.update(subscriptions.active, { discounts: '' });
    await emulator.webhooks.waitForIdle();
    for (const event of sentEvents(emulator).slice(before)) await deliver(event);
    expect((await active()).every((subscription) => subscription.discounts.length === 0)).toBe(true);
  });

  it('reads the discounts with the subscriptions when it reconciles, without a call per subscription', async () => {
    const { projection, emulator, requests } = await setUp();
    emulator.actions.applyRetentionCoupon(subscriptions.active, retentionCoupon);
    requests.length = 0;
    await projection.reconcile(customers.active);
    expect(requests.filter((request) => request.startsWith('GET /v1/subscriptions'))).toEqual([
      expect.stringMatching(/^GET \/v1\/subscriptions\?.*expand\[0\]=data\.discounts\.source\.coupon/),
    ]);
    const [projected] = (await projection.getCustomerBilling(customers.active)).subscriptions;
    expect(projected?.discounts).toEqual([expect.objectContaining({ couponId: retentionCoupon, percentOff: 25 })]);
  });
});
