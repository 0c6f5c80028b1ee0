import type Stripe from 'stripe';
import type { FailedPaymentState } from './billing-state';

/** One customer's failed, still open invoices, kept from `invoice.payment_failed` and `invoice.paid`. */
export interface FailedPayments {
  /** Applies what an invoice event (or the start-up read) says; false when an older event would undo a newer one. */
  put(invoice: Stripe.Invoice, at: number): boolean;
  /** The newest failed invoice that is still open, or null. */
  latest(): FailedPaymentState | null;
}

/**
 * Tracks the invoices of one customer that failed to charge and are still open. An invoice counts
 * while its status is `open` with at least one failed attempt; `invoice.paid` (or a void) ends it.
 *
 * @example
 * const failed = createFailedPayments();
 * failed.put(event.data.object, event.created); // invoice.payment_failed
 * failed.latest(); // { amountDue: 900, currency: 'usd', ... }
 */
export function createFailedPayments(): FailedPayments {
  const invoices = new Map<string, { state: FailedPaymentState | null; changedAt: number }>();
  return {
    put(invoice, at) {
      const id = invoice.id;
      if (!id) return false;
      const known = invoices.get(id);
      // Stripe does not promise delivery order: a late `invoice.payment_failed` must not bring back a paid invoice.
      if (known && known.changedAt > at) return false;
      const failed = invoice.status === 'open' && invoice.attempt_count > 0;
      invoices.set(id, { state: failed ? toFailedPayment(id, invoice) : null, changedAt: at });
      return true;
    },
    latest() {
      let newest: FailedPaymentState | null = null;
      for (const { state } of invoices.values()) {
        if (state && (newest === null || state.createdAt > newest.createdAt)) newest = state;
      }
      return newest;
    },
  };
}

function toFailedPayment(invoiceId: string, invoice: Stripe.Invoice): FailedPaymentState {
  // Since API version 2025-03-31 the subscription sits under `parent.subscription_details`.
  const subscription = invoice.parent?.subscription_details?.subscription ?? null;
  return {
    invoiceId,
    subscriptionId: typeof subscription === 'string' ? subscription : (subscription?.id ?? null),
    amountDue: invoice.amount_due,
    currency: invoice.currency,
    createdAt: invoice.created,
    attemptCount: invoice.attempt_count,
  };
}
