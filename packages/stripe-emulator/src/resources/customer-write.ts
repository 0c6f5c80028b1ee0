import type Stripe from 'stripe';
import type { EmulatorContext } from '../context';
import { requireAttachedPaymentMethod } from '../actions/lookup';
import type { updateCustomerParams } from '../params/customer-params';
import type { Infer } from '../params/schema';
import { mergeMetadata } from '../objects/metadata';

type CustomerFields = Omit<Infer<typeof updateCustomerParams>, 'expand'>;

// Stripe answers with every address field; the ones a request leaves out are null.
const EMPTY_ADDRESS: Stripe.Address = { city: null, country: null, line1: null, line2: null, postal_code: null, state: null };

/**
 * Writes create/update parameters onto `customer` (a copy). A default payment method must already be
 * attached to this customer, as on Stripe.
 */
export function writeCustomerFields(ctx: EmulatorContext, customer: Stripe.Customer, fields: CustomerFields): void {
  const { address, description, email, invoice_settings, metadata, name, phone, preferred_locales, shipping } = fields;
  if (address !== undefined) customer.address = address && { ...EMPTY_ADDRESS, ...address };
  if (description !== undefined) customer.description = description;
  if (email !== undefined) customer.email = email;
  if (name !== undefined) customer.name = name;
  if (phone !== undefined) customer.phone = phone;
  if (preferred_locales !== undefined) customer.preferred_locales = preferred_locales;
  if (shipping !== undefined) {
    customer.shipping = shipping && {
      address: { ...EMPTY_ADDRESS, ...shipping.address },
      name: shipping.name,
      phone: shipping.phone ?? null,
    };
  }
  if (metadata !== undefined) customer.metadata = mergeMetadata(customer.metadata, metadata);
  if (invoice_settings?.footer !== undefined) customer.invoice_settings.footer = invoice_settings.footer;
  const pm = invoice_settings?.default_payment_method;
  if (pm !== undefined) {
    customer.invoice_settings.default_payment_method = requireAttachedPaymentMethod(
      ctx,
      pm,
      customer.id,
      'invoice_settings[default_payment_method]',
    ).id;
  }
}
