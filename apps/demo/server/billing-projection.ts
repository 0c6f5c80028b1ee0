import type Stripe from 'stripe';
import type { BillingState, PaymentMethodState, SubscriptionState } from './billing-state';
import { toSubscriptionState } from './subscription-state';
import { createFailedPayments, type FailedPayments } from './failed-payments';
import type { PriceCatalog } from './price-catalog';

/** What Stripe said about one customer when the demo started. */
export interface CustomerSnapshot {
  customer: Stripe.Customer;
  subscriptions: readonly Stripe.Subscription[];
  /** The customer's default payment method, if it has one. */
  paymentMethod: Stripe.PaymentMethod | null;
  /** The customer's open invoices (a failed renewal leaves one open). */
  openInvoices: readonly Stripe.Invoice[];
}

/** The events the projection listens to; the webhook route subscribes to exactly these. */
export const PROJECTED_EVENTS = [
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
  'customer.updated',
  'payment_method.attached',
  'invoice.payment_failed',
  'invoice.paid',
] as const satisfies readonly Stripe.Event.Type[];

/** One of {@link PROJECTED_EVENTS}. */
export type ProjectedEvent = Extract<Stripe.Event, { type: (typeof PROJECTED_EVENTS)[number] }>;

/**
 * The app's own copy of each signed-in customer's billing, the way a real app keeps one in its
 * database: read from Stripe once at start, then changed only by verified webhooks, never by the
 * browser coming back from the portal.
 */
export interface BillingProjection {
  /** Starts tracking a customer from what Stripe says now. */
  seed(snapshot: CustomerSnapshot): void;
  /** Applies one verified event. Returns false when it changed nothing (unknown customer, stale event). */
  apply(event: ProjectedEvent): boolean;
  /** The customer's billing, or null for a customer the demo does not track. */
  get(customerId: string): BillingState | null;
}

interface CustomerRecord {
  name: string | null;
  email: string | null;
  defaultPaymentMethodId: string | null;
  paymentMethods: Map<string, PaymentMethodState>;
  subscriptions: Map<string, { state: SubscriptionState; changedAt: number }>;
  failedPayments: FailedPayments;
  updatedAt: number;
  version: number;
}

/**
 * Creates an in-memory projection.
 *
 * @example
 * const projection = createBillingProjection(catalog);
 * projection.seed(await readCustomerSnapshot(stripe, 'cus_123'));
 * createWebhookHandler({ stripe, secret, on: { 'customer.subscription.updated': projection.apply } });
 */
export function createBillingProjection(catalog: PriceCatalog): BillingProjection {
  const customers = new Map<string, CustomerRecord>();

  // Stripe sends a related object as its ID, or expanded; either way the ID is what the projection keys on.
  const idOf = (value: string | { id: string } | null): string | null =>
    value == null ? null : typeof value === 'string' ? value : value.id;

  const touch = (record: CustomerRecord, at: number): true => {
    record.updatedAt = Math.max(record.updatedAt, at);
    record.version += 1;
    return true;
  };

  const putSubscription = (subscription: Stripe.Subscription, at: number): boolean => {
    const record = customers.get(idOf(subscription.customer) ?? '');
    if (!record) return false;
    const known = record.subscriptions.get(subscription.id);
    // Stripe does not promise delivery order; an event older than what we applied would undo it.
    if (known && known.changedAt > at) return false;
    record.subscriptions.set(subscription.id, { state: toSubscriptionState(subscription, catalog), changedAt: at });
    return touch(record, at);
  };

  const putCustomer = (customer: Stripe.Customer, at: number): boolean => {
    const record = customers.get(customer.id);
    if (!record) return false;
    record.name = customer.name ?? null;
    record.email = customer.email ?? null;
    record.defaultPaymentMethodId = idOf(customer.invoice_settings?.default_payment_method ?? null);
    return touch(record, at);
  };

  const putPaymentMethod = (method: Stripe.PaymentMethod, at: number): boolean => {
    const record = customers.get(idOf(method.customer) ?? '');
    if (!record) return false;
    record.paymentMethods.set(method.id, {
      id: method.id,
      brand: method.card?.brand ?? null,
      last4: method.card?.last4 ?? null,
      expMonth: method.card?.exp_month ?? null,
      expYear: method.card?.exp_year ?? null,
    });
    return touch(record, at);
  };

  const putInvoice = (invoice: Stripe.Invoice, at: number): boolean => {
    const record = customers.get(idOf(invoice.customer) ?? '');
    if (!record?.failedPayments.put(invoice, at)) return false;
    return touch(record, at);
  };

  return {
    seed({ customer, subscriptions, paymentMethod, openInvoices }) {
      // Time 0: the seed is not a change, and any event that comes later wins over it.
      customers.set(customer.id, {
        name: null,
        email: null,
        defaultPaymentMethodId: null,
        paymentMethods: new Map(),
        subscriptions: new Map(),
        failedPayments: createFailedPayments(),
        updatedAt: 0,
        version: 0,
      });
      putCustomer(customer, 0);
      for (const subscription of subscriptions) putSubscription(subscription, 0);
      if (paymentMethod) putPaymentMethod(paymentMethod, 0);
      for (const invoice of openInvoices) putInvoice(invoice, 0);
    },

    apply(event) {
      switch (event.type) {
        case 'customer.updated':
          return putCustomer(event.data.object, event.created);
        case 'payment_method.attached':
          return putPaymentMethod(event.data.object, event.created);
        case 'invoice.payment_failed':
        case 'invoice.paid':
          return putInvoice(event.data.object, event.created);
        default:
          return putSubscription(event.data.object, event.created);
      }
    },

    get(customerId) {
      const record = customers.get(customerId);
      if (!record) return null;
      const id = record.defaultPaymentMethodId;
      return {
        name: record.name,
        email: record.email,
        subscriptions: [...record.subscriptions.values()].map(({ state }) => state),
        // `customer.updated` may name the new default before `payment_method.attached` describes it.
        paymentMethod: id
          ? (record.paymentMethods.get(id) ?? { id, brand: null, last4: null, expMonth: null, expYear: null })
          : null,
        failedPayment: record.failedPayments.latest(),
        updatedAt: record.updatedAt,
        version: record.version,
      };
    },
  };
}
