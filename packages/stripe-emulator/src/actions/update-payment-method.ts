import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { buildCardPaymentMethod } from '../objects/payment-method';
import { subscriptionsOf } from '../store/create-store';
import { readCard, type CardInput } from './card-input';
import { type ActionOptions, changeSubscription } from './change-subscription';
import { changeCustomer } from './change-customer';
import { requireCustomer } from './lookup';

/**
 * Saves a new card for the customer and makes it the default, as the portal's payment method form
 * does: creates a `pm_...`, sends `payment_method.attached`, sets
 * `invoice_settings.default_payment_method` and sends `customer.updated`.
 *
 * Emulator's simplification: the emulator has no invoices, so where Stripe would retry the open
 * invoice of a `past_due` subscription with the new card, it marks those subscriptions `active`
 * directly (sending `customer.subscription.updated`).
 *
 * @example
 * updatePaymentMethod(ctx, 'cus_demo_past_due', { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' });
 */
export function updatePaymentMethod(ctx: EmulatorContext, customerId: string, card: CardInput, options: ActionOptions = {}): Stripe.PaymentMethod {
  requireCustomer(ctx, customerId);
  const now = ctx.clock.now();
  const details = readCard(card, now);
  const paymentMethod = buildCardPaymentMethod(details, { customer: customerId, name: card.name ?? null, postal_code: card.postal_code ?? null, now });
  ctx.store.paymentMethods.set(paymentMethod);
  ctx.emit('payment_method.attached', paymentMethod, { request: options.request });
  changeCustomer(ctx, customerId, (customer) => {
    customer.invoice_settings.default_payment_method = paymentMethod.id;
  }, options);
  for (const subscription of subscriptionsOf(ctx.store, customerId)) {
    if (subscription.status !== 'past_due') continue;
    changeSubscription(ctx, subscription.id, (s) => {
      s.status = 'active';
    }, options);
  }
  return paymentMethod;
}
