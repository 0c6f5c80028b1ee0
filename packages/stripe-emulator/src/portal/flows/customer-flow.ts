import type Stripe from 'stripe';
import { updateCustomerDetails, type CustomerDetails } from '../../actions/change-customer';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import { formError, textField } from '../fields';
import type { PortalForm } from '../form';
import { html } from '../html';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond } from '../respond';

type AddressKey = keyof Stripe.Address;
const ADDRESS_FIELDS: ReadonlyArray<{ key: AddressKey; label: string; autocomplete: string }> = [
  { key: 'line1', label: 'Address line 1', autocomplete: 'address-line1' },
  { key: 'line2', label: 'Address line 2 (optional)', autocomplete: 'address-line2' },
  { key: 'city', label: 'City', autocomplete: 'address-level2' },
  { key: 'state', label: 'State or province', autocomplete: 'address-level1' },
  { key: 'postal_code', label: 'Postal code', autocomplete: 'postal-code' },
  { key: 'country', label: 'Country (two-letter code, such as US)', autocomplete: 'country' },
];

/**
 * The `customer_update` page: a field for each of `allowed_updates` that the emulator models
 * (name, email, phone, address), filled with the current values. `shipping` and `tax_id` are
 * listed as not supported by the emulator rather than silently left out.
 */
export function renderCustomerPage(request: PortalRequest, error?: string, status = 200, values?: CustomerDetails): Response {
  const allowed = request.configuration.features.customer_update.allowed_updates;
  const current: CustomerDetails = values ?? request.customer;
  const unsupported = allowed.filter((field) => field === 'shipping' || field === 'tax_id');
  const body = html`${formError(error)}
<form method="post" action="${request.base}/customer">
${allowed.includes('name') ? textField({ name: 'name', label: 'Name', autocomplete: 'name', value: current.name }) : null}
${allowed.includes('email') ? textField({ name: 'email', label: 'Email', type: 'email', autocomplete: 'email', required: true, value: current.email }) : null}
${allowed.includes('phone') ? textField({ name: 'phone', label: 'Phone', type: 'tel', autocomplete: 'tel', value: current.phone }) : null}
${
  allowed.includes('address')
    ? html`<fieldset><legend>Billing address</legend>
${ADDRESS_FIELDS.map(({ key, label, autocomplete }) => textField({ name: `address_${key}`, label, autocomplete, value: current.address?.[key] }))}
</fieldset>`
    : null
}
${unsupported.length ? html`<p class="hint">The emulator does not offer ${unsupported.join(' or ')} updates.</p>` : null}
<button type="submit">Save details</button>
</form>
${homeLink(request)}`;
  return respond(request, 'Update billing details', body, status);
}

/** Saves the allowed fields through `updateCustomerDetails` (which sends `customer.updated`). */
export function submitCustomer(request: PortalRequest, form: PortalForm): Response {
  const allowed = request.configuration.features.customer_update.allowed_updates;
  const details: CustomerDetails = {};
  const text = (name: string) => form.get(name).slice(0, 500) || null;
  if (allowed.includes('name')) details.name = text('name');
  if (allowed.includes('email')) details.email = text('email');
  if (allowed.includes('phone')) details.phone = text('phone');
  if (allowed.includes('address')) {
    const address = Object.fromEntries(
      ADDRESS_FIELDS.map(({ key }) => [key, text(`address_${key}`)]),
    ) as unknown as Stripe.Address;
    details.address = Object.values(address).some((value) => value !== null) ? address : null;
  }
  if (allowed.includes('email') && !details.email) {
    return renderCustomerPage(request, 'Enter an email address.', 422, details);
  }
  try {
    updateCustomerDetails(request.emulator, request.customer.id, details);
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    return renderCustomerPage(request, error.message, 422, details);
  }
  return completeTask(request, 'Your billing details have been updated.');
}
