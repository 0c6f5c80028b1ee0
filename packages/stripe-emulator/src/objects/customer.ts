import type Stripe from 'stripe';
import { createId } from '../ids';

/** The fields a seed or `POST /v1/customers` may set on a new customer. */
export interface CustomerInput {
  id?: string;
  email?: string | null;
  name?: string | null;
  phone?: string | null;
  description?: string | null;
  address?: Stripe.Address | null;
  shipping?: Stripe.Customer.Shipping | null;
  metadata?: Record<string, string>;
  preferred_locales?: string[];
  /** A `pm_...` ID for `invoice_settings.default_payment_method`. */
  default_payment_method?: string | null;
  footer?: string | null;
  created?: number;
}

/**
 * A `customer` object with Stripe's defaults, shaped like the spec's fixture (API 2026-09-30).
 *
 * @example
 * buildCustomer({ email: 'ada@example.com', name: 'Ada' }, clock.now());
 */
export function buildCustomer(input: CustomerInput, now: number): Stripe.Customer {
  const id = input.id ?? createId('cus');
  return {
    id,
    object: 'customer',
    address: input.address ?? null,
    balance: 0,
    created: input.created ?? now,
    currency: null,
    customer_account: null,
    default_source: null,
    delinquent: false,
    description: input.description ?? null,
    discount: null,
    email: input.email ?? null,
    invoice_prefix: id.slice(-8).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: input.default_payment_method ?? null,
      footer: input.footer ?? null,
      rendering_options: null,
    },
    livemode: false,
    metadata: input.metadata ?? {},
    name: input.name ?? null,
    next_invoice_sequence: 1,
    phone: input.phone ?? null,
    preferred_locales: input.preferred_locales ?? [],
    shipping: input.shipping ?? null,
    tax_exempt: 'none',
    test_clock: null,
  };
}

/** What `GET /v1/customers/{id}` and `DELETE` return for a deleted customer. */
export function deletedCustomer(id: string): Stripe.DeletedCustomer {
  return { id, object: 'customer', deleted: true };
}
