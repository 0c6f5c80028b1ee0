import type Stripe from 'stripe';
import { updateCustomerDetails, type CustomerDetails } from '../../actions/change-customer';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import { isCountryCode } from '../countries';
import { errorSummary, fieldErrors } from '../error-summary';
import { countrySelect, textField } from '../fields';
import type { PortalForm } from '../form';
import { html } from '../html';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond } from '../respond';

type AddressKey = keyof Stripe.Address;
type Field = 'name' | 'email' | 'phone' | `address_${AddressKey}`;
type Errors = Partial<Record<Field, string>>;

const ADDRESS_FIELDS: ReadonlyArray<{ key: Exclude<AddressKey, 'country'>; label: string; autocomplete: string }> = [
  { key: 'line1', label: 'Address line 1', autocomplete: 'address-line1' },
  { key: 'line2', label: 'Address line 2 (optional)', autocomplete: 'address-line2' },
  { key: 'city', label: 'City', autocomplete: 'address-level2' },
  { key: 'state', label: 'State or province', autocomplete: 'address-level1' },
  { key: 'postal_code', label: 'Postal code', autocomplete: 'postal-code' },
];

// In page order, for the error summary.
const LABELS: Record<Field, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  address_country: 'Country or region',
  address_line1: 'Address line 1',
  address_line2: 'Address line 2',
  address_city: 'City',
  address_state: 'State or province',
  address_postal_code: 'Postal code',
};

/**
 * The `customer_update` page: a field for each of `allowed_updates` that the emulator models
 * (name, email, phone, address, with the country as a select of ISO 3166-1 codes), filled with the
 * current values. `shipping` and `tax_id` are listed as not supported by the emulator rather than
 * silently left out. A failed post shows the error summary first, linking to each field at fault.
 */
export function renderCustomerPage(
  request: PortalRequest,
  problems: { errors?: Errors; problem?: string } = {},
  status = 200,
  values?: CustomerDetails,
): Response {
  const errors = problems.errors ?? {};
  const allowed = request.configuration.features.customer_update.allowed_updates;
  const current: CustomerDetails = values ?? request.customer;
  const unsupported = allowed.filter((field) => field === 'shipping' || field === 'tax_id');
  const body = html`${errorSummary({ problem: problems.problem, fields: fieldErrors(errors, LABELS) })}
<form method="post" action="${request.base}/customer" novalidate>
${allowed.includes('name') ? textField({ name: 'name', label: 'Name', autocomplete: 'name', value: current.name, error: errors.name }) : null}
${allowed.includes('email') ? textField({ name: 'email', label: 'Email', type: 'email', autocomplete: 'email', required: true, value: current.email, error: errors.email }) : null}
${allowed.includes('phone') ? textField({ name: 'phone', label: 'Phone', type: 'tel', autocomplete: 'tel', value: current.phone, error: errors.phone }) : null}
${
  allowed.includes('address')
    ? html`<fieldset><legend>Billing address</legend>
${countrySelect({ name: 'address_country', label: LABELS.address_country, value: current.address?.country, error: errors.address_country, emptyLabel: 'Choose a country or region' })}
${ADDRESS_FIELDS.map(({ key, label, autocomplete }) => textField({ name: `address_${key}`, label, autocomplete, value: current.address?.[key], error: errors[`address_${key}`] }))}
</fieldset>`
    : null
}
${unsupported.length ? html`<p class="hint">The emulator does not offer ${unsupported.join(' or ')} updates.</p>` : null}
<p class="form-actions"><button type="submit">Save details</button></p>
</form>
${homeLink(request)}`;
  return respond(request, 'Update billing details', body, status);
}

/** Saves the allowed fields through `updateCustomerDetails` (which sends `customer.updated`). */
export function submitCustomer(request: PortalRequest, form: PortalForm): Response {
  const allowed = request.configuration.features.customer_update.allowed_updates;
  const details: CustomerDetails = {};
  const errors: Errors = {};
  const text = (name: string) => form.get(name).slice(0, 500) || null;
  if (allowed.includes('name')) details.name = text('name');
  if (allowed.includes('email')) details.email = text('email');
  if (allowed.includes('phone')) details.phone = text('phone');
  if (allowed.includes('address')) {
    const address = {
      ...Object.fromEntries(ADDRESS_FIELDS.map(({ key }) => [key, text(`address_${key}`)])),
      country: text('address_country')?.toUpperCase() ?? null,
    } as Stripe.Address;
    const given = Object.values(address).some((value) => value !== null);
    // Not a country Stripe knows (a tampered or stale form): refused, and the choice is not kept.
    if (address.country !== null && !isCountryCode(address.country)) {
      errors.address_country = 'Choose a country or region from the list.';
      address.country = null;
    } else if (given && address.country === null) errors.address_country = 'Choose a country or region.';
    details.address = given ? address : null;
  }
  if (allowed.includes('email') && !details.email) errors.email = 'Enter an email address.';
  if (Object.keys(errors).length) return renderCustomerPage(request, { errors }, 422, details);
  try {
    updateCustomerDetails(request.emulator, request.customer.id, details);
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    const problems = error.param === 'email' ? { errors: { email: error.message } } : { problem: error.message };
    return renderCustomerPage(request, problems, 422, details);
  }
  return completeTask(request, 'Your billing details have been updated.');
}
