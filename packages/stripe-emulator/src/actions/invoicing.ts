import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { buildSubscriptionInvoice, type InvoiceInput } from '../objects/invoice';
import { invoicesOf, subscriptionOfInvoice } from '../store/create-store';
import { chargeFailure } from './charge';
import type { ActionOptions } from './change-subscription';

/**
 * Creates a subscription invoice and finalizes it at once (see {@link finalizeInvoice}).
 *
 * @example
 * issueInvoice(ctx, { customer, subscription, billingReason: 'subscription_cycle', linePeriod, period, trial: false });
 */
export function issueInvoice(
  ctx: EmulatorContext,
  input: Omit<InvoiceInput, 'now'>,
  options: ActionOptions = {},
): Stripe.Invoice {
  return finalizeInvoice(ctx, draftInvoice(ctx, input).id, options);
}

/** Stores a draft invoice without announcing it, for callers that must name it first. */
export function draftInvoice(ctx: EmulatorContext, input: Omit<InvoiceInput, 'now'>): Stripe.Invoice {
  return ctx.store.invoices.set(buildSubscriptionInvoice({ ...input, now: ctx.clock.now() }));
}

/**
 * Announces a draft (`invoice.created`) and finalizes it: numbered, `open`, `invoice.finalized`.
 * Emulator's simplification: Stripe finalizes a renewal invoice about an hour after creating it;
 * here both happen in the same instant.
 */
export function finalizeInvoice(ctx: EmulatorContext, invoiceId: string, options: ActionOptions = {}): Stripe.Invoice {
  const now = ctx.clock.now();
  const draft = ctx.store.invoices.get(invoiceId) as Stripe.Invoice;
  ctx.emit('invoice.created', draft, { request: options.request });
  const customer = ctx.store.customers.get(draft.customer as string);
  const sequence = customer?.next_invoice_sequence ?? 1;
  // The sequence is bookkeeping Stripe does not announce with customer.updated.
  if (customer) ctx.store.customers.set({ ...customer, next_invoice_sequence: sequence + 1 });
  const open = ctx.store.invoices.set({
    ...draft,
    status: 'open',
    number: `${customer?.invoice_prefix ?? 'EMU'}-${String(sequence).padStart(4, '0')}`,
    effective_at: now,
    status_transitions: { ...draft.status_transitions, finalized_at: now },
  });
  ctx.emit('invoice.finalized', open, { request: options.request });
  return open;
}

/**
 * Tries to collect an open invoice from the customer's default payment method
 * (`invoice_settings.default_payment_method`, or the subscription's own when set). A zero amount is
 * paid without a charge. Success sends `invoice.paid` then `invoice.payment_succeeded`; a decline
 * sends `invoice.payment_failed` and leaves the invoice open. Returns whether it was paid.
 *
 * Emulator's simplification: no automatic retries are scheduled (`next_payment_attempt` stays
 * null); the next try comes with a new payment method or the next renewal.
 */
export function collectInvoice(ctx: EmulatorContext, invoiceId: string, options: ActionOptions = {}): boolean {
  const invoice = ctx.store.invoices.get(invoiceId);
  if (invoice?.status !== 'open') return false;
  const now = ctx.clock.now();
  if (invoice.amount_due > 0) {
    const failure = chargeFailure(paymentMethodFor(ctx, invoice));
    const attempted = { ...invoice, attempted: true, attempt_count: invoice.attempt_count + 1 };
    if (failure) {
      ctx.store.invoices.set(attempted);
      ctx.emit('invoice.payment_failed', attempted, { request: options.request });
      return false;
    }
    Object.assign(invoice, { attempted: true, attempt_count: attempted.attempt_count });
  }
  const paid = ctx.store.invoices.set({
    ...invoice,
    status: 'paid',
    amount_paid: invoice.amount_due,
    amount_remaining: 0,
    status_transitions: { ...invoice.status_transitions, paid_at: now },
  });
  ctx.emit('invoice.paid', paid, { request: options.request });
  ctx.emit('invoice.payment_succeeded', paid, { request: options.request });
  return true;
}

/** The subscription's invoices still waiting for payment, oldest first. */
export function openInvoicesOf(ctx: EmulatorContext, subscription: Stripe.Subscription): Stripe.Invoice[] {
  return invoicesOf(ctx.store, subscription.customer as string)
    .filter((invoice) => invoice.status === 'open' && subscriptionOfInvoice(invoice) === subscription.id)
    .reverse();
}

function paymentMethodFor(ctx: EmulatorContext, invoice: Stripe.Invoice): Stripe.PaymentMethod | undefined {
  const subscriptionId = subscriptionOfInvoice(invoice);
  const subscription = subscriptionId ? ctx.store.subscriptions.get(subscriptionId) : undefined;
  const customer = ctx.store.customers.get(invoice.customer as string);
  const chosen = subscription?.default_payment_method ?? customer?.invoice_settings.default_payment_method ?? null;
  const id = typeof chosen === 'string' ? chosen : chosen?.id;
  return id ? ctx.store.paymentMethods.get(id) : undefined;
}
