/*
 * What a billing page shows beyond subscriptions: a failed renewal's amount, date and attempts, and
 * who is billed (name, email), kept from events and read back by a reconcile, against the emulator.
 */
import { DEMO_IDS } from '@portalkit/stripe-emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { CARD, projectionWebhook, sentEvents, startProjectionEmulator } from '../testing/projection-kit';
import { createBillingProjection } from './create-billing-projection';

const { customers, invoices } = DEMO_IDS;
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
});
