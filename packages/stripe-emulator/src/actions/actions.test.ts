import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createStripeEmulator } from '../create-stripe-emulator';
import type { StripeApiError } from '../http/stripe-error';
import { DEMO_IDS } from '../seed/demo';

const { customers, subscriptions: subs, items, prices } = DEMO_IDS;
const card = { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2099, cvc: '123' };

function setup() {
  // Frozen: the tests compare timestamps with clock.now().
  const emulator = createStripeEmulator({ clock: 'frozen' });
  const events = () => emulator.store.events.list().reverse();
  return { emulator, actions: emulator.actions, events, types: () => events().map((e) => e.type) };
}

function thrown(fn: () => unknown): StripeApiError {
  try {
    fn();
  } catch (error) {
    return error as StripeApiError;
  }
  throw new Error('expected the action to be refused');
}

describe('portal actions', () => {
  it('updatePaymentMethod saves a card, makes it the default, pays the open invoice and revives the past-due subscription', () => {
    const { emulator, actions, types, events } = setup();
    const pm = actions.updatePaymentMethod(customers.pastDue, card);
    expect(pm).toMatchObject({
      object: 'payment_method',
      type: 'card',
      customer: customers.pastDue,
      card: { brand: 'visa', last4: '4242', exp_year: 2099 },
    });
    expect(emulator.store.customers.get(customers.pastDue)?.invoice_settings.default_payment_method).toBe(pm.id);
    expect(emulator.store.subscriptions.get(subs.pastDue)?.status).toBe('active');
    expect(types()).toEqual([
      'payment_method.attached',
      'customer.updated',
      'invoice.paid',
      'invoice.payment_succeeded',
      'customer.subscription.updated',
    ]);
    expect(events()[1]?.data.previous_attributes).toEqual({
      invoice_settings: { default_payment_method: 'pm_demo_grace_mastercard' },
    });
    expect(emulator.store.invoices.get(DEMO_IDS.invoices.pastDueOpen)).toMatchObject({
      status: 'paid',
      attempt_count: 2,
      amount_remaining: 0,
    });
    expect(events()[4]?.data.previous_attributes).toEqual({ status: 'past_due' });
  });

  it('updatePaymentMethod refuses bad cards with Stripe’s card errors, changing nothing', () => {
    const { actions, types } = setup();
    expect(thrown(() => actions.updatePaymentMethod(customers.active, { ...card, number: '4242 4242 4242 4241' }))).toMatchObject(
      { type: 'card_error', status: 402, code: 'incorrect_number' },
    );
    expect(thrown(() => actions.updatePaymentMethod(customers.active, { ...card, exp_year: 2001 })).code).toBe(
      'invalid_expiry_year',
    );
    expect(thrown(() => actions.updatePaymentMethod(customers.active, { ...card, cvc: '1' })).code).toBe('invalid_cvc');
    expect(thrown(() => actions.updatePaymentMethod(customers.active, { ...card, number: '4000000000000002' }))).toMatchObject({
      code: 'card_declined',
      declineCode: 'generic_decline',
      message: 'Your card was declined.',
    });
    expect(types()).toEqual([]);
  });

  it('cancelSubscription at period end schedules it; immediately ends it', () => {
    const { emulator, actions, events } = setup();
    const scheduled = actions.cancelSubscription(subs.active, {
      mode: 'at_period_end',
      feedback: 'too_expensive',
      comment: 'pricey',
    });
    expect(scheduled).toMatchObject({
      status: 'active',
      cancel_at_period_end: true,
      canceled_at: emulator.clock.now(),
      cancellation_details: { reason: 'cancellation_requested', feedback: 'too_expensive', comment: 'pricey' },
    });
    expect(scheduled.cancel_at).toBe(scheduled.items.data[0]?.current_period_end);
    expect(events()[0]).toMatchObject({
      type: 'customer.subscription.updated',
      data: { previous_attributes: { cancel_at_period_end: false, cancel_at: null } },
    });
    const ended = actions.cancelSubscription(subs.multiTeam, { mode: 'immediately' });
    expect(ended).toMatchObject({ status: 'canceled', ended_at: emulator.clock.now() });
    expect(events()[1]?.type).toBe('customer.subscription.deleted');
    expect(thrown(() => actions.cancelSubscription(subs.multiTeam, { mode: 'immediately' })).message).toBe(
      'This subscription has already been canceled.',
    );
  });

  it('renewSubscription undoes a scheduled cancellation', () => {
    const { actions, types } = setup();
    actions.cancelSubscription(subs.active, { mode: 'at_period_end' });
    expect(actions.renewSubscription(subs.active)).toMatchObject({
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
    });
    expect(types()).toEqual(['customer.subscription.updated', 'customer.subscription.updated']);
  });

  it('applyRetentionCoupon adds a discount for the coupon', () => {
    const { emulator, actions, events } = setup();
    const subscription = actions.applyRetentionCoupon(subs.active, DEMO_IDS.retentionCoupon);
    const discount = emulator.store.discounts.get(subscription.discounts[0] as string);
    expect(discount).toMatchObject({
      object: 'discount',
      source: { coupon: DEMO_IDS.retentionCoupon, type: 'coupon' },
      subscription: subs.active,
    });
    expect(events()[0]?.data.previous_attributes).toEqual({ discounts: [] });
    expect(thrown(() => actions.applyRetentionCoupon(subs.active, 'nope')).code).toBe('resource_missing');
  });

  it('updateSubscriptionItem switches price and quantity, reporting the old items', () => {
    const { emulator, actions, events } = setup();
    const updated = actions.updateSubscriptionItem(subs.active, items.active, { price: prices.proMonthly, quantity: 3 });
    expect(updated.items.data[0]).toMatchObject({
      price: { id: prices.proMonthly },
      plan: { id: prices.proMonthly, amount: 2900 },
      quantity: 3,
    });
    const previous = events()[0]?.data.previous_attributes as { items: { data: Stripe.SubscriptionItem[] } };
    expect(previous.items.data[0]).toMatchObject({ price: { id: prices.starterMonthly }, quantity: 1 });
    const yearly = actions.updateSubscriptionItem(subs.active, items.active, { price: prices.proYearly });
    expect(yearly.items.data[0]?.current_period_start).toBe(emulator.clock.now());
    expect(thrown(() => actions.updateSubscriptionItem(subs.active, 'si_nope', { quantity: 1 })).code).toBe('resource_missing');
  });

  it('pauseSubscription sets pause_collection and keeps the status; resume clears it', () => {
    const { emulator, actions, types } = setup();
    const resumesAt = emulator.clock.now() + 86_400;
    expect(actions.pauseSubscription(subs.active, { resumesAt })).toMatchObject({
      status: 'active',
      pause_collection: { behavior: 'void', resumes_at: resumesAt },
    });
    expect(thrown(() => actions.pauseSubscription(subs.active)).message).toBe('This subscription is already paused.');
    expect(actions.resumeSubscription(subs.active).pause_collection).toBeNull();
    expect(types()).toEqual(['customer.subscription.updated', 'customer.subscription.updated']);
  });

  it('updateCustomerDetails changes details and reports what changed, or nothing when nothing did', () => {
    const { actions, events } = setup();
    actions.updateCustomerDetails(customers.active, { email: 'ada@lovelace.test', phone: '+44 20 0000 0000' });
    expect(events()[0]?.data.previous_attributes).toEqual({ email: 'ada@example.com', phone: null });
    actions.updateCustomerDetails(customers.active, { email: 'ada@lovelace.test' });
    expect(events()).toHaveLength(1);
    expect(thrown(() => actions.updateCustomerDetails(customers.active, { email: 'not-an-email' })).param).toBe('email');
  });
});
