import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError } from '../http/stripe-error';
import { customerDetails } from '../objects/checkout-session';
import { buildCustomer } from '../objects/customer';
import { metadataOnCreate } from '../objects/metadata';
import { buildCardPaymentMethod } from '../objects/payment-method';
import { buildSubscription } from '../objects/subscription';
import { readCard, type CardInput } from './card-input';
import { changeCustomer } from './change-customer';
import { chargeFailure } from './charge';
import { collectInvoice, draftInvoice, finalizeInvoice } from './invoicing';

const DAY = 86_400;

/**
 * Completes an open Checkout Session in subscription mode with `card`, as paying on the hosted page
 * does. Everything is checked before anything is made: a declined card (Stripe's test cards, see
 * {@link CardInput}; 4000 0000 0000 0341 too, unless a trial defers the first charge) throws a
 * `card_error` and creates nothing. Then, in Stripe's event order:
 * `customer.created` (only when the session named no customer: made from `customer_email`, else
 * the `email` the page asked for), `payment_method.attached`,
 * `customer.updated` (the card becomes `invoice_settings.default_payment_method`),
 * `customer.subscription.created` (`active`, or `trialing` with `subscription_data.trial_period_days`),
 * `invoice.created`, `invoice.finalized`, `invoice.paid`, `invoice.payment_succeeded` (the first
 * invoice, zero while trialing), and `checkout.session.completed`.
 *
 * @example
 * completeCheckout(ctx, 'cs_test_...', { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2034, cvc: '123', name: 'Ada' });
 */
export function completeCheckout(
  ctx: EmulatorContext,
  sessionId: string,
  card: CardInput,
  payer: { email?: string | null } = {},
): Stripe.Checkout.Session {
  const record = ctx.store.checkoutSessions.get(sessionId);
  if (record?.session.status !== 'open') {
    throw new StripeApiError('This Checkout Session is no longer open.', { param: 'session' });
  }
  const now = ctx.clock.now();
  const details = readCard(card, now);
  const trialDays = record.subscriptionData.trial_period_days;
  const probe = buildCardPaymentMethod(details, { now });
  const decline = trialDays === undefined ? chargeFailure(probe) : null;
  if (decline)
    throw new StripeApiError(decline.message, {
      type: 'card_error',
      status: 402,
      code: decline.code,
      decline_code: decline.decline_code,
    });

  const { session } = record;
  let customerId = typeof session.customer === 'string' ? session.customer : (session.customer?.id ?? null);
  if (customerId === null || !ctx.store.customers.has(customerId)) {
    const created = ctx.store.customers.set(
      buildCustomer({ email: session.customer_email ?? payer.email ?? null, name: card.name ?? null }, now),
    );
    ctx.emit('customer.created', created);
    customerId = created.id;
  }
  const paymentMethod = ctx.store.paymentMethods.set(
    buildCardPaymentMethod(details, {
      customer: customerId,
      name: card.name ?? null,
      postal_code: card.postal_code ?? null,
      country: card.country ?? null,
      now,
    }),
  );
  ctx.emit('payment_method.attached', paymentMethod);
  const customer = changeCustomer(ctx, customerId, (c) => {
    c.invoice_settings.default_payment_method = paymentMethod.id;
  });

  const trialEnd = trialDays === undefined ? null : now + trialDays * DAY;
  const subscription = buildSubscription(
    {
      customer: customerId,
      items: record.lineItems.map((line) => ({ price: line.price as Stripe.Price, quantity: line.quantity ?? 1 })),
      status: trialEnd === null ? 'active' : 'trialing',
      description: record.subscriptionData.description ?? null,
      metadata: metadataOnCreate(record.subscriptionData.metadata),
    },
    now,
  );
  if (trialEnd !== null) {
    Object.assign(subscription, { trial_start: now, trial_end: trialEnd, billing_cycle_anchor: trialEnd });
    // The first period is the trial; the paid cycle starts when it ends.
    for (const item of subscription.items.data) item.current_period_end = trialEnd;
  }
  // The invoice is drafted first so `customer.subscription.created` already names it in
  // `latest_invoice`, as Stripe's does; the invoice's own events follow that one.
  const [first] = subscription.items.data;
  const invoice = draftInvoice(ctx, {
    customer,
    subscription,
    billingReason: 'subscription_create',
    linePeriod: { start: now, end: first?.current_period_end ?? now },
    period: { start: now, end: now },
    trial: trialEnd !== null,
  });
  subscription.latest_invoice = invoice.id;
  ctx.store.subscriptions.set(subscription);
  ctx.emit('customer.subscription.created', subscription);
  finalizeInvoice(ctx, invoice.id);
  collectInvoice(ctx, invoice.id);

  record.session = {
    ...session,
    status: 'complete',
    payment_status: trialEnd === null ? 'paid' : 'no_payment_required',
    customer: customerId,
    customer_details: customerDetails(customer.email, customer.name ?? card.name ?? null),
    subscription: subscription.id,
    url: null,
  };
  ctx.emit('checkout.session.completed', record.session);
  return record.session;
}
