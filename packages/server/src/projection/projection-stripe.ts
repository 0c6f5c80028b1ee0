import type Stripe from 'stripe';
import type { ProjectedObject } from './apply-versioned';
import { idOf, toBillingInvoice, toBillingPaymentMethod } from './billing-records';
import type { ProjectionRow } from './projection-store';

/**
 * The part of a Stripe client the billing projection uses, to re-fetch what events cannot order and
 * to read a default payment method's card details and a subscription's discounts.
 *
 * @example
 * const stripe: ProjectionStripeClient = new Stripe(process.env.STRIPE_SECRET_KEY!);
 */
export interface ProjectionStripeClient {
  subscriptions: Pick<Stripe['subscriptions'], 'retrieve' | 'list'>;
  invoices: Pick<Stripe['invoices'], 'retrieve' | 'list'>;
  customers: Pick<Stripe['customers'], 'retrieve'>;
  paymentMethods: Pick<Stripe['paymentMethods'], 'retrieve'>;
}

/**
 * The customer's fields the projection keeps.
 *
 * @example
 * const row: ProjectedCustomer = { defaultPaymentMethod: null };
 */
export interface ProjectedCustomer {
  defaultPaymentMethod: ReturnType<typeof toBillingPaymentMethod> | null;
  /** The name and email on the customer (the portal's billing details); absent on rows written before they were kept. */
  name?: string | null;
  email?: string | null;
}

/**
 * An invoice as a row.
 *
 * @example
 * const { owner, data } = projectInvoice(event.data.object);
 */
export function projectInvoice(invoice: Stripe.Invoice): ProjectedObject {
  const account = invoice.customer_account ?? null;
  return { owner: idOf(invoice.customer) ?? account ?? '', account, data: toBillingInvoice(invoice) };
}

/**
 * A customer as a row: its default payment method's card details. The payment method is read from
 * Stripe only when it is not the one the row already describes, so most `customer.updated` events
 * cost no call.
 *
 * @example
 * const { data } = await projectCustomer(event.data.object, current, stripe);
 */
export async function projectCustomer(
  customer: Stripe.Customer | Stripe.DeletedCustomer,
  current: ProjectionRow | undefined,
  stripe: ProjectionStripeClient,
): Promise<ProjectedObject> {
  const row = { owner: customer.id, account: null };
  if ('deleted' in customer && customer.deleted) {
    return { ...row, data: { defaultPaymentMethod: null, name: null, email: null } satisfies ProjectedCustomer };
  }
  const live = customer as Stripe.Customer;
  const details = { name: live.name ?? null, email: live.email ?? null };
  const data = (defaultPaymentMethod: ProjectedCustomer['defaultPaymentMethod']) => ({
    ...row,
    data: { defaultPaymentMethod, ...details } satisfies ProjectedCustomer,
  });
  const method = live.invoice_settings?.default_payment_method ?? null;
  if (method === null) return data(null);
  if (typeof method !== 'string') return data(toBillingPaymentMethod(method));
  const known = (current?.data as ProjectedCustomer | undefined)?.defaultPaymentMethod;
  if (known?.id === method) return data(known);
  return data(toBillingPaymentMethod(await stripe.paymentMethods.retrieve(method)));
}

/**
 * Stripe's current copy of an invoice, as a row.
 *
 * @example
 * const fresh = await fetchInvoice(stripe, 'in_123');
 */
export async function fetchInvoice(stripe: ProjectionStripeClient, id: string): Promise<ProjectedObject> {
  return projectInvoice(await stripe.invoices.retrieve(id));
}

/**
 * Stripe's current copy of a customer, as a row.
 *
 * @example
 * const fresh = await fetchCustomer(stripe, 'cus_123', current);
 */
export async function fetchCustomer(
  stripe: ProjectionStripeClient,
  id: string,
  current: ProjectionRow | undefined,
): Promise<ProjectedObject> {
  return projectCustomer(await stripe.customers.retrieve(id), current, stripe);
}
