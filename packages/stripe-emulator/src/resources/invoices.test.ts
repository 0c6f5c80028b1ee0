import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../seed/demo';
import { CHECKOUT_LINE_ITEM_REQUIRED, CHECKOUT_SESSION_REQUIRED, INVOICE_REQUIRED } from '../testing/spec-required-fields';
import { TEST_CARDS, cardInput, checkoutParams } from '../testing/checkout';
import { rejectionOf, useRunningEmulator } from '../testing/start-emulator';

const running = useRunningEmulator({ clock: 'frozen' });
const { customers, subscriptions: subs, invoices: ids } = DEMO_IDS;

describe('/v1/invoices', () => {
  it('retrieves an invoice in API 2026 shape: the subscription under parent, lines with pricing and period', async () => {
    const invoice = await running().stripe.invoices.retrieve(ids.pastDueOpen, { expand: ['customer'] });
    expect(invoice).toMatchObject({
      object: 'invoice',
      status: 'open',
      currency: 'usd',
      amount_due: 2900,
      amount_paid: 0,
      amount_remaining: 2900,
      attempt_count: 1,
      hosted_invoice_url: null,
      next_payment_attempt: null,
      billing_reason: 'subscription_cycle',
      parent: { type: 'subscription_details', subscription_details: { subscription: subs.pastDue } },
    });
    expect(invoice).not.toHaveProperty('subscription');
    expect((invoice.customer as Stripe.Customer).id).toBe(customers.pastDue);
    const [line] = invoice.lines.data;
    const item = (await running().stripe.subscriptions.retrieve(subs.pastDue)).items.data[0] as Stripe.SubscriptionItem;
    expect(line).toMatchObject({
      object: 'line_item',
      amount: 2900,
      quantity: 1,
      invoice: ids.pastDueOpen,
      period: { start: item.current_period_start, end: item.current_period_end },
      pricing: { type: 'price_details', price_details: { price: DEMO_IDS.prices.proMonthly, product: DEMO_IDS.products.pro } },
      parent: { subscription_item_details: { subscription: subs.pastDue, subscription_item: item.id } },
    });
    expect((await rejectionOf(running().stripe.invoices.retrieve('in_nope'))).statusCode).toBe(404);
    const lines = await running().stripe.invoices.listLineItems(ids.pastDueOpen, { expand: ['data.subscription'] });
    expect(lines).toMatchObject({
      object: 'list',
      has_more: false,
      url: `/v1/invoices/${ids.pastDueOpen}/lines`,
      data: [{ id: line?.id }],
    });
    expect((lines.data[0]!.subscription as Stripe.Subscription).status).toBe('past_due');
  });

  it('lists newest first, filtered by customer, subscription and status, with pagination', async () => {
    const { stripe, emulator } = running();
    emulator.clock.advance(1);
    const session = await stripe.checkout.sessions.create(checkoutParams());
    emulator.actions.completeCheckout(session.id, cardInput(TEST_CARDS.succeeds));
    const all = await stripe.invoices.list();
    expect(all.data).toHaveLength(3);
    expect(all.data[0]?.customer).toBe(customers.none);
    expect((await stripe.invoices.list({ customer: customers.pastDue })).data.map((i) => i.id)).toEqual([ids.pastDueOpen]);
    expect((await stripe.invoices.list({ subscription: subs.active })).data.map((i) => i.id)).toEqual([ids.activePaid]);
    expect((await stripe.invoices.list({ status: 'open' })).data.map((i) => i.id)).toEqual([ids.pastDueOpen]);
    const first = await stripe.invoices.list({ limit: 1 });
    expect(first.has_more).toBe(true);
    expect((await stripe.invoices.list({ limit: 2, starting_after: first.data[0]?.id })).data).toHaveLength(2);
    expect((await rejectionOf(stripe.invoices.list({ status: 'late' as 'open' }))).param).toBe('status');
    expect((await rejectionOf(stripe.invoices.list({ due_date: 1 }))).param).toBe('due_date');
  });
});

describe('object shapes against Stripe’s required fields', () => {
  it('a checkout.session and its line items carry every required field', async () => {
    const { stripe } = running();
    const session = await stripe.checkout.sessions.create(checkoutParams());
    expect(Object.keys(session)).toEqual(expect.arrayContaining([...CHECKOUT_SESSION_REQUIRED]));
    const items = await stripe.checkout.sessions.listLineItems(session.id);
    expect(Object.keys(items.data[0] ?? {})).toEqual(expect.arrayContaining([...CHECKOUT_LINE_ITEM_REQUIRED]));
  });

  it('an invoice carries every field stripe@23.1.0 declares non-optional', async () => {
    const invoice = await running().stripe.invoices.retrieve(ids.activePaid);
    expect(Object.keys(invoice)).toEqual(expect.arrayContaining([...INVOICE_REQUIRED]));
  });
});
