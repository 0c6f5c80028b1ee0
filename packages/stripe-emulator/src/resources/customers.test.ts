import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { rejectionOf, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator();

describe('/v1/customers', () => {
  it('retrieves a seeded customer shaped like Stripe’s, with its default card expandable', async () => {
    const customer = await running().stripe.customers.retrieve(DEMO_IDS.customers.active, {
      expand: ['invoice_settings.default_payment_method'],
    });
    expect(customer).toMatchObject({
      id: DEMO_IDS.customers.active,
      object: 'customer',
      email: 'ada@example.com',
      livemode: false,
      address: { city: 'London' },
    });
    const pm = (customer as Stripe.Customer).invoice_settings.default_payment_method as Stripe.PaymentMethod;
    expect(pm).toMatchObject({ object: 'payment_method', card: { brand: 'visa', last4: '4242' } });
  });

  it('answers 404 resource_missing (param id) for an unknown customer', async () => {
    const error = await rejectionOf(running().stripe.customers.retrieve('cus_unknown'));
    expect(error).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      param: 'id',
      message: "No such customer: 'cus_unknown'",
    });
  });

  it('creates, updates (metadata merge, address unset) and sends events', async () => {
    const created = await running().stripe.customers.create({
      email: 'new@example.com',
      name: 'New',
      metadata: { plan: 'free', ref: 'x' },
      address: { city: 'Paris', country: 'FR' },
    });
    expect(created.id).toMatch(/^cus_/);
    const updated = await running().stripe.customers.update(created.id, {
      name: 'Renamed',
      metadata: { ref: '', tier: 'gold' },
      address: '' as unknown as Stripe.AddressParam,
    });
    expect(updated).toMatchObject({ name: 'Renamed', metadata: { plan: 'free', tier: 'gold' }, address: null });
    const events = running()
      .emulator.store.events.list()
      .filter((e) => (e.data.object as { id?: string }).id === created.id);
    expect(events.map((e) => e.type).sort()).toEqual(['customer.created', 'customer.updated']);
  });

  it('sets a default payment method only if it belongs to the customer', async () => {
    const error = await rejectionOf(
      running().stripe.customers.update(DEMO_IDS.customers.active, {
        invoice_settings: { default_payment_method: 'pm_demo_grace_mastercard' },
      }),
    );
    expect(error.param).toBe('invoice_settings[default_payment_method]');
    expect(
      (
        await rejectionOf(
          running().stripe.customers.update(DEMO_IDS.customers.active, {
            invoice_settings: { default_payment_method: 'pm_nope' },
          }),
        )
      ).code,
    ).toBe('resource_missing');
  });

  it('validates update params: too long, unknown, unsupported by the emulator', async () => {
    expect((await rejectionOf(running().stripe.customers.update(DEMO_IDS.customers.none, { phone: '1'.repeat(21) }))).param).toBe(
      'phone',
    );
    expect(
      (
        await rejectionOf(
          running().stripe.customers.update(DEMO_IDS.customers.none, { favourite: 'x' } as Stripe.CustomerUpdateParams),
        )
      ).code,
    ).toBe('parameter_unknown');
    expect((await rejectionOf(running().stripe.customers.update(DEMO_IDS.customers.none, { balance: 5 }))).message).toMatch(
      /emulator does not support balance/,
    );
  });

  it('lists newest first, filters by email, and pages with starting_after', async () => {
    const byEmail = await running().stripe.customers.list({ email: 'grace@example.com' });
    expect(byEmail.data.map((c) => c.id)).toEqual([DEMO_IDS.customers.pastDue]);
    const all: string[] = [];
    for await (const customer of running().stripe.customers.list({ limit: 2 })) all.push(customer.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(Object.values(DEMO_IDS.customers)));
    expect((await rejectionOf(running().stripe.customers.list({ limit: 101 }))).param).toBe('limit');
    expect((await rejectionOf(running().stripe.customers.list({ starting_after: 'cus_nope' }))).code).toBe('resource_missing');
  });

  it('deletes a customer, canceling its subscriptions, and still answers for it', async () => {
    const deleted = await running().stripe.customers.del(DEMO_IDS.customers.multi);
    expect(deleted).toEqual({ id: DEMO_IDS.customers.multi, object: 'customer', deleted: true });
    expect(await running().stripe.customers.retrieve(DEMO_IDS.customers.multi)).toMatchObject({ deleted: true });
    const subscriptions = await running().stripe.subscriptions.list({ customer: DEMO_IDS.customers.multi, status: 'all' });
    expect(subscriptions.data.map((s) => s.status)).toEqual(['canceled', 'canceled']);
    const error = await rejectionOf(
      running().stripe.billingPortal.sessions.create({ customer: DEMO_IDS.customers.multi, return_url: 'http://x.test' }),
    );
    expect(error.code).toBe('resource_missing');
  });
});

describe('payment methods', () => {
  it('lists a customer’s cards and retrieves one', async () => {
    const list = await running().stripe.customers.listPaymentMethods(DEMO_IDS.customers.pastDue);
    expect(list.data.map((pm) => pm.id)).toEqual(['pm_demo_grace_mastercard']);
    const viaTop = await running().stripe.paymentMethods.list({ customer: DEMO_IDS.customers.pastDue, type: 'card' });
    expect(viaTop.data).toHaveLength(1);
    expect((await running().stripe.paymentMethods.retrieve('pm_demo_grace_mastercard')).card?.brand).toBe('mastercard');
    expect((await rejectionOf(running().stripe.paymentMethods.retrieve('pm_nope'))).statusCode).toBe(404);
  });
});

describe('creating a customer with a payment method', () => {
  it('refuses one that is already attached, or unknown', async () => {
    const attached = await rejectionOf(running().stripe.customers.create({ payment_method: 'pm_demo_ada_visa' }));
    expect(attached).toMatchObject({
      param: 'payment_method',
      message: 'The payment method you provided has already been attached to a customer.',
    });
    expect((await rejectionOf(running().stripe.customers.create({ payment_method: 'pm_nope' }))).code).toBe('resource_missing');
  });
});
