import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { buildCardPaymentMethod } from '../objects/payment-method';
import { subscriptionsOf } from '../store/create-store';
import { readCard, type CardInput } from './card-input';
import { type ActionOptions, changeSubscription } from './change-subscription';
import { changeCustomer } from './change-customer';
import { collectInvoice, openInvoicesOf } from './invoicing';
import { settleStatus } from './renew-periods';
import { requireCustomer } from './lookup';

/**
 * Saves a new card for the customer and makes it the default, as the portal's payment method form
 * does: creates a `pm_...`, sends `payment_method.attached`, sets
 * `invoice_settings.default_payment_method` and sends `customer.updated`.
 *
 * Then, as Stripe retries a failed invoice when the customer gives a new payment method
 * (https://docs.stripe.com/billing/revenue-recovery/smart-retries), each open invoice of the
 * customer's subscriptions is charged again, oldest first (`invoice.paid` +
 * `invoice.payment_succeeded`, or `invoice.payment_failed`), and a `past_due` subscription with
 * nothing left open turns `active` (`customer.subscription.updated`). A `past_due` subscription
 * that has no invoice (seeded that way) turns `active` directly.
 *
 * @example
 * updatePaymentMethod(ctx, 'cus_demo_past_due', { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' });
 */
export function updatePaymentMethod(
  ctx: EmulatorContext,
  customerId: string,
  card: CardInput,
  options: ActionOptions = {},
): Stripe.PaymentMethod {
  requireCustomer(ctx, customerId);
  const now = ctx.clock.now();
  const details = readCard(card, now);
  const paymentMethod = buildCardPaymentMethod(details, {
    customer: customerId,
    name: card.name ?? null,
    postal_code: card.postal_code ?? null,
    now,
  });
  ctx.store.paymentMethods.set(paymentMethod);
  ctx.emit('payment_method.attached', paymentMethod, { request: options.request });
  changeCustomer(
    ctx,
    customerId,
    (customer) => {
      customer.invoice_settings.default_payment_method = paymentMethod.id;
    },
    options,
  );
  for (const subscription of subscriptionsOf(ctx.store, customerId).reverse()) {
    const open = openInvoicesOf(ctx, subscription);
    if (subscription.status === 'canceled' || (open.length === 0 && subscription.status !== 'past_due')) continue;
    const paid = open.map((invoice) => collectInvoice(ctx, invoice.id, options)).every(Boolean);
    changeSubscription(ctx, subscription.id, (s) => settleStatus(ctx, s, paid), options);
  }
  return paymentMethod;
}
