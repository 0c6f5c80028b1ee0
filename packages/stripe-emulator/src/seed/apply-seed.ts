import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { buildPrice, buildProduct } from '../objects/catalog';
import { buildCoupon } from '../objects/coupon';
import { buildCustomer } from '../objects/customer';
import { buildSubscriptionInvoice } from '../objects/invoice';
import { buildCardPaymentMethod } from '../objects/payment-method';
import { buildPortalConfiguration } from '../objects/portal-configuration';
import { buildSubscription } from '../objects/subscription';
import { defaultConfiguration } from '../store/create-store';
import type { EmulatorSeed, SeedInvoice } from './seed-types';

/**
 * Loads `seed` into the store, in dependency order, sending no events. A dangling reference throws
 * a plain Error naming it: that is a mistake in the seed, not a request to answer.
 *
 * @example
 * applySeed(ctx, { customers: [{ id: 'cus_1', email: 'a@example.com' }] });
 */
export function applySeed(ctx: EmulatorContext, seed: EmulatorSeed): void {
  const { store } = ctx;
  const now = ctx.clock.now();
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`Emulator seed refers to ${what}, which is not in the seed or the store.`);
    return value;
  };
  for (const input of seed.products ?? []) store.products.set(buildProduct(input, now));
  for (const input of seed.prices ?? []) {
    need(store.products.get(input.product), `product ${input.product}`);
    store.prices.set(buildPrice(input, now));
  }
  for (const input of seed.coupons ?? []) store.coupons.set(buildCoupon(input, now));
  for (const input of seed.customers ?? []) {
    store.customers.set(buildCustomer(input, now));
    store.deletedCustomers.delete(input.id ?? '');
  }
  for (const input of seed.paymentMethods ?? []) {
    const customer = need(store.customers.get(input.customer), `customer ${input.customer}`);
    const pm = store.paymentMethods.set(
      buildCardPaymentMethod(input.card, { id: input.id, customer: customer.id, name: input.name ?? customer.name ?? null, now }),
    );
    if (input.default) customer.invoice_settings.default_payment_method = pm.id;
  }
  for (const input of seed.subscriptions ?? []) {
    need(store.customers.get(input.customer), `customer ${input.customer}`);
    const items = input.items.map((item) => ({ ...item, price: need(store.prices.get(item.price), `price ${item.price}`) }));
    store.subscriptions.set(buildSubscription({ ...input, items }, now));
  }
  for (const input of seed.invoices ?? []) {
    const subscription = need(store.subscriptions.get(input.subscription), `subscription ${input.subscription}`);
    const customer = need(store.customers.get(subscription.customer as string), `customer ${subscription.customer as string}`);
    subscription.latest_invoice = store.invoices.set(seedInvoice(input, subscription, customer, now)).id;
  }
  for (const { id, is_default, ...input } of seed.portalConfigurations ?? []) {
    const isDefault = is_default ?? !defaultConfiguration(store);
    if (isDefault) for (const other of store.portalConfigurations.list()) other.is_default = false;
    store.portalConfigurations.set(buildPortalConfiguration(input, { id, isDefault, now }));
  }
}

function seedInvoice(
  input: SeedInvoice,
  subscription: Stripe.Subscription,
  customer: Stripe.Customer,
  now: number,
): Stripe.Invoice {
  const [item] = subscription.items.data;
  const start = item?.current_period_start ?? now;
  const created = input.created ?? start;
  const built = buildSubscriptionInvoice({
    customer,
    subscription,
    billingReason: 'subscription_cycle',
    linePeriod: { start, end: item?.current_period_end ?? start },
    period: { start: created, end: created },
    trial: false,
    now: created,
  });
  const paid = (input.status ?? 'paid') === 'paid';
  const sequence = customer.next_invoice_sequence ?? 1;
  customer.next_invoice_sequence = sequence + 1;
  return {
    ...built,
    id: input.id ?? built.id,
    lines: {
      ...built.lines,
      url: `/v1/invoices/${input.id ?? built.id}/lines`,
      data: built.lines.data.map((line) => ({ ...line, invoice: input.id ?? built.id })),
    },
    status: paid ? 'paid' : 'open',
    number: `${customer.invoice_prefix ?? 'EMU'}-${String(sequence).padStart(4, '0')}`,
    amount_paid: paid ? built.amount_due : 0,
    amount_remaining: paid ? 0 : built.amount_due,
    attempted: true,
    attempt_count: input.attempt_count ?? 1,
    effective_at: created,
    status_transitions: { finalized_at: created, marked_uncollectible_at: null, paid_at: paid ? created : null, voided_at: null },
  };
}
