import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createStripeEmulator } from '../create-stripe-emulator';
import { DEMO_IDS } from '../seed/demo';
import { subscriptionOfInvoice } from '../store/create-store';
import { TEST_CARDS, cardInput } from '../testing/checkout';

// Frozen: the tests move time in exact steps to period ends.
async function subscribe(card: string, trialDays?: number) {
  const emulator = createStripeEmulator({ clock: 'frozen' });
  const response = await emulator.fetch(
    new Request('http://127.0.0.1/v1/checkout/sessions', {
      method: 'POST',
      headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        mode: 'subscription',
        customer: DEMO_IDS.customers.none,
        'line_items[0][price]': DEMO_IDS.prices.proMonthly,
        'line_items[0][quantity]': '1',
        ...(trialDays ? { 'subscription_data[trial_period_days]': String(trialDays) } : {}),
      }),
    }),
  );
  const { id } = (await response.json()) as { id: string };
  const session = emulator.actions.completeCheckout(id, cardInput(card));
  const subscriptionId = session.subscription as string;
  const since = emulator.store.events.size;
  const subscription = () => emulator.store.subscriptions.get(subscriptionId) as Stripe.Subscription;
  // The demo's own subscriptions renew too as the clock moves; only this customer's events count.
  const newEvents = () =>
    emulator.store.events
      .list()
      .reverse()
      .slice(since)
      .filter((e) => {
        const object = e.data.object as { id: string; customer?: unknown };
        return object.customer === DEMO_IDS.customers.none || object.id === DEMO_IDS.customers.none;
      });
  const invoices = () => emulator.store.invoices.list().filter((invoice) => subscriptionOfInvoice(invoice) === subscriptionId);
  return { emulator, subscription, newEvents, invoices };
}

describe('renewals as the clock passes a period end', () => {
  it('invoice the next period and charge the default card: paid, periods moved, events in order', async () => {
    const { emulator, subscription, newEvents, invoices } = await subscribe(TEST_CARDS.succeeds);
    const { current_period_start: start, current_period_end: end } = subscription().items.data[0] as Stripe.SubscriptionItem;
    emulator.clock.set(end - 1);
    expect(invoices()).toHaveLength(1);
    emulator.clock.advance(1);
    expect(newEvents().map((e) => e.type)).toEqual([
      'invoice.created',
      'invoice.finalized',
      'invoice.paid',
      'invoice.payment_succeeded',
      'customer.subscription.updated',
    ]);
    const [renewal] = invoices();
    expect(renewal).toMatchObject({
      status: 'paid',
      billing_reason: 'subscription_cycle',
      amount_due: 2900,
      amount_paid: 2900,
      amount_remaining: 0,
      attempt_count: 1,
      period_start: start,
      period_end: end,
    });
    expect(renewal?.lines.data[0]).toMatchObject({
      amount: 2900,
      period: { start: end },
      pricing: { price_details: { price: DEMO_IDS.prices.proMonthly } },
    });
    const item = subscription().items.data[0] as Stripe.SubscriptionItem;
    expect(item.current_period_start).toBe(end);
    expect(item.current_period_end).toBe(renewal?.lines.data[0]?.period.end);
    expect(subscription()).toMatchObject({ status: 'active', latest_invoice: renewal?.id });
    expect(newEvents().at(-1)?.data.previous_attributes).toMatchObject({ latest_invoice: expect.any(String) });
  });

  it('invoice once per period passed, numbering each', async () => {
    const { emulator, invoices } = await subscribe(TEST_CARDS.succeeds);
    emulator.clock.advance(95 * 86_400);
    const numbers = invoices().map((invoice) => invoice.number);
    expect(numbers).toHaveLength(4);
    expect(new Set(numbers).size).toBe(4);
  });

  it('leave the invoice open and the subscription past_due when the charge fails (0341 after a trial)', async () => {
    const { emulator, subscription, newEvents, invoices } = await subscribe(TEST_CARDS.attachesButChargesFail, 7);
    expect(subscription().status).toBe('trialing');
    emulator.clock.advance(7 * 86_400);
    expect(newEvents().map((e) => e.type)).toEqual([
      'invoice.created',
      'invoice.finalized',
      'invoice.payment_failed',
      'customer.subscription.updated',
    ]);
    expect(invoices()[0]).toMatchObject({
      status: 'open',
      amount_due: 2900,
      amount_paid: 0,
      amount_remaining: 2900,
      attempt_count: 1,
      attempted: true,
      next_payment_attempt: null,
    });
    expect(subscription().status).toBe('past_due');
    expect(newEvents().at(-1)?.data.previous_attributes).toMatchObject({ status: 'trialing' });
  });

  it('bill the first full period when a trial on a good card ends: trialing to active', async () => {
    const { emulator, subscription, newEvents, invoices } = await subscribe(TEST_CARDS.succeeds, 14);
    const trialEnd = subscription().trial_end as number;
    emulator.clock.set(trialEnd);
    expect(newEvents().map((e) => e.type)).toEqual([
      'invoice.created',
      'invoice.finalized',
      'invoice.paid',
      'invoice.payment_succeeded',
      'customer.subscription.updated',
    ]);
    expect(invoices()[0]).toMatchObject({
      status: 'paid',
      amount_paid: 2900,
      lines: { data: [{ period: { start: trialEnd } }] },
    });
    expect(subscription()).toMatchObject({ status: 'active' });
    expect(subscription().items.data[0]?.current_period_start).toBe(trialEnd);
  });

  it('retry the open invoice when the customer saves a new card: invoice.paid, back to active', async () => {
    const { emulator, subscription, newEvents, invoices } = await subscribe(TEST_CARDS.attachesButChargesFail, 7);
    emulator.clock.advance(7 * 86_400);
    const before = newEvents().length;
    emulator.actions.updatePaymentMethod(DEMO_IDS.customers.none, cardInput(TEST_CARDS.succeeds));
    expect(
      newEvents()
        .slice(before)
        .map((e) => e.type),
    ).toEqual([
      'payment_method.attached',
      'customer.updated',
      'invoice.paid',
      'invoice.payment_succeeded',
      'customer.subscription.updated',
    ]);
    expect(invoices()[0]).toMatchObject({ status: 'paid', attempt_count: 2, amount_remaining: 0 });
    expect(subscription().status).toBe('active');
  });

  it('keep a subscription past_due while a newer card also fails', async () => {
    const { emulator, subscription, newEvents } = await subscribe(TEST_CARDS.attachesButChargesFail, 7);
    emulator.clock.advance(7 * 86_400);
    const before = newEvents().length;
    emulator.actions.updatePaymentMethod(DEMO_IDS.customers.none, cardInput(TEST_CARDS.attachesButChargesFail));
    expect(
      newEvents()
        .slice(before)
        .map((e) => e.type),
    ).toEqual(['payment_method.attached', 'customer.updated', 'invoice.payment_failed']);
    expect(subscription().status).toBe('past_due');
  });

  it('fail the seeded past-due renewal on a 0002 card set by the seed, and skip paused collection', async () => {
    const emulator = createStripeEmulator({ clock: 'frozen' });
    emulator.seed({
      paymentMethods: [
        {
          id: 'pm_failing',
          customer: DEMO_IDS.customers.active,
          card: { brand: 'visa', last4: '0002', exp_month: 12, exp_year: 2099 },
          default: true,
        },
      ],
    });
    const end = emulator.store.subscriptions.get(DEMO_IDS.subscriptions.active)?.items.data[0]?.current_period_end as number;
    emulator.actions.pauseSubscription(DEMO_IDS.subscriptions.multiTeam);
    emulator.clock.set(end);
    expect(emulator.store.subscriptions.get(DEMO_IDS.subscriptions.active)?.status).toBe('past_due');
    const failed = emulator.store.events.list().find((e) => e.type === 'invoice.payment_failed');
    expect(subscriptionOfInvoice(failed?.data.object as Stripe.Invoice)).toBe(DEMO_IDS.subscriptions.active);
    const paused = emulator.store.invoices
      .list()
      .filter((invoice) => subscriptionOfInvoice(invoice) === DEMO_IDS.subscriptions.multiTeam);
    expect(paused).toHaveLength(0);
  });
});
