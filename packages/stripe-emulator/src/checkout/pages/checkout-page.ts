import type Stripe from 'stripe';
import { errorSummary, fieldErrors } from '../../portal/error-summary';
import { countrySelect, textField } from '../../portal/fields';
import { formatMoney, formatPrice } from '../../portal/format';
import { html } from '../../portal/html';
import { pageResponse, renderPage } from '../../portal/layout';
import type { CheckoutSessionRecord } from '../../store/checkout-session-record';

/** A field of the payment form. */
export type CheckoutField = 'email' | 'number' | 'expiry' | 'cvc' | 'name' | 'country';

/** What a failed submission shows again: the problems, and the fields worth keeping. */
export interface CheckoutFormState {
  errors: Partial<Record<CheckoutField, string>>;
  /** A problem with the card as a whole, such as a decline. */
  problem?: string | undefined;
  /** Only these come back; card number and CVC are never written into the page. */
  email?: string | undefined;
  expiry?: string | undefined;
  name?: string | undefined;
  country?: string | undefined;
}

// Stripe preselects the country it locates the payer in; the emulator cannot, so it starts at the
// customer's own country, else the United States.
const DEFAULT_COUNTRY = 'US';

const LABELS: Record<CheckoutField, string> = {
  email: 'Email',
  number: 'Card number',
  expiry: 'Expiry date',
  cvc: 'CVC',
  name: 'Name on card',
  country: 'Country or region',
};

/**
 * The hosted Checkout page of an open session: what is bought (each line, the trial, the total due
 * today, on the left under the business, as on Stripe) and a plain card form, with the billing country as a select, that works without JavaScript. After a failed submission an error
 * summary comes first and takes focus (`autofocus`), linking to each field at fault.
 */
export function renderCheckoutPage(
  record: CheckoutSessionRecord,
  options: { businessName: string; action: string; customer: Stripe.Customer | undefined },
  state: CheckoutFormState = { errors: {} },
  status = 200,
): Response {
  const { session, lineItems } = record;
  const { errors } = state;
  const trialDays = record.subscriptionData.trial_period_days;
  const knownEmail = options.customer?.email ?? session.customer_email;
  const summary = html`<section class="order" aria-labelledby="summary-heading">
<h2 id="summary-heading">Order summary</h2>
<dl>
${lineItems.map((line) => html`<dt>${line.description ?? 'Item'}${(line.quantity ?? 1) !== 1 ? html` &times; ${line.quantity ?? 1}` : null}</dt><dd>${line.price ? formatPrice(line.price) : formatMoney(line.amount_total, line.currency)}</dd>`)}
${trialDays ? html`<dt>Free trial</dt><dd>${trialDays} days, then billed every period</dd>` : null}
<dt>Due today</dt><dd data-testid="due-today">${formatMoney(trialDays ? 0 : (session.amount_total ?? 0), session.currency ?? 'usd')}</dd>
</dl>
</section>`;
  const body = html`${errorSummary({ problem: state.problem, fields: fieldErrors(errors, LABELS) })}
<p class="notice">Emulator: no card data leaves this machine. Test cards: 4242 4242 4242 4242 (succeeds), 4000 0000 0000 0002 (declined), 4000 0000 0000 9995 (insufficient funds), 4000 0000 0000 0341 (saved, but every charge fails).</p>
<form method="post" action="${options.action}" novalidate>
${knownEmail ? html`<p>Email: <span data-testid="checkout-email">${knownEmail}</span></p>` : textField({ name: 'email', label: LABELS.email, type: 'email', autocomplete: 'email', required: true, value: state.email, error: errors.email })}
${textField({ name: 'number', label: LABELS.number, autocomplete: 'cc-number', inputmode: 'numeric', required: true, error: errors.number })}
${textField({ name: 'expiry', label: LABELS.expiry, hint: 'MM / YY', autocomplete: 'cc-exp', inputmode: 'numeric', required: true, value: state.expiry, error: errors.expiry })}
${textField({ name: 'cvc', label: LABELS.cvc, autocomplete: 'cc-csc', inputmode: 'numeric', required: true, error: errors.cvc })}
${textField({ name: 'name', label: LABELS.name, autocomplete: 'cc-name', required: true, value: state.name, error: errors.name })}
${countrySelect({ name: 'country', label: LABELS.country, value: state.country || options.customer?.address?.country || DEFAULT_COUNTRY, error: errors.country })}
<p class="form-actions"><button type="submit">${trialDays ? 'Start trial' : 'Subscribe'}</button></p>
</form>`;
  const title = `Subscribe to ${options.businessName}`;
  return pageResponse(
    renderPage({
      title,
      businessName: options.businessName,
      customerName: options.customer?.name ?? null,
      body,
      summary,
      returnUrl: session.cancel_url,
    }),
    status,
  );
}
