import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { StripeApiError } from '../http/stripe-error';
import { previousAttributes } from '../webhooks/create-event';
import type { ActionOptions } from './change-subscription';
import { requireCustomer } from './lookup';

/** The details a customer can change in the portal (`features.customer_update.allowed_updates`). */
export interface CustomerDetails {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: Stripe.Address | null;
  shipping?: Stripe.Customer.Shipping | null;
}

/**
 * Applies `change` to a copy of the customer, saves it and sends `customer.updated` with
 * `previous_attributes` when something changed.
 */
export function changeCustomer(
  ctx: EmulatorContext,
  id: string,
  change: (customer: Stripe.Customer) => void,
  options: ActionOptions & { status?: number } = {},
): Stripe.Customer {
  const before = requireCustomer(ctx, id, 'customer', options.status);
  const after = structuredClone(before);
  change(after);
  const previous = previousAttributes(before, after);
  if (!previous) return before;
  ctx.store.customers.set(after);
  ctx.emit('customer.updated', after, { previousAttributes: previous, request: options.request });
  return after;
}

/**
 * Updates a customer's name, email, phone or addresses, sending `customer.updated`.
 *
 * @example
 * updateCustomerDetails(ctx, 'cus_demo_active', { email: 'new@example.com' });
 */
export function updateCustomerDetails(
  ctx: EmulatorContext,
  customerId: string,
  details: CustomerDetails,
  options: ActionOptions = {},
): Stripe.Customer {
  if (details.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(details.email)) {
    throw new StripeApiError(`Invalid email address: ${details.email}`, { code: 'email_invalid', param: 'email' });
  }
  return changeCustomer(
    ctx,
    customerId,
    (customer) => {
      for (const key of ['name', 'email', 'phone', 'address', 'shipping'] as const) {
        if (details[key] !== undefined) (customer as unknown as Record<string, unknown>)[key] = details[key];
      }
    },
    options,
  );
}
