import { updatePaymentMethod } from '../../actions/update-payment-method';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import { cardFieldOf, parseExpiry, type CardFormField } from '../card-form';
import { errorSummary, fieldErrors } from '../error-summary';
import { textField } from '../fields';
import type { PortalForm } from '../form';
import { html } from '../html';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond } from '../respond';

type CardField = CardFormField;

const LABELS: Record<CardField, string> = { number: 'Card number', expiry: 'Expiry date', cvc: 'CVC', name: 'Name on card' };

/** What a failed submission shows again: the problem, and the fields worth keeping. */
interface CardFormState {
  errors: Partial<Record<CardField, string>>;
  /** A problem with the card as a whole, such as a decline. */
  problem?: string;
  /** Only the expiry and name come back; card number and CVC are never written into the page. */
  expiry?: string;
  name?: string;
}

/**
 * The fake card form of the `payment_method_update` task. Test cards work as on Stripe in test
 * mode: `4242 4242 4242 4242` is saved, `4000 0000 0000 0002` is declined. A failed post shows the
 * error summary first, linking to each field at fault.
 */
export function renderPaymentMethodPage(request: PortalRequest, state: CardFormState = { errors: {} }, status = 200): Response {
  const { errors } = state;
  const body = html`${errorSummary({ problem: state.problem, fields: fieldErrors(errors, LABELS) })}
<p class="notice">Emulator: no card data leaves this machine. Use a test card such as 4242 4242 4242 4242 (saved) or 4000 0000 0000 0002 (declined).</p>
<form method="post" action="${request.base}/payment-method" novalidate>
${textField({ name: 'number', label: LABELS.number, autocomplete: 'cc-number', inputmode: 'numeric', required: true, error: errors.number })}
${textField({ name: 'expiry', label: LABELS.expiry, hint: 'MM / YY', autocomplete: 'cc-exp', inputmode: 'numeric', required: true, value: state.expiry, error: errors.expiry })}
${textField({ name: 'cvc', label: LABELS.cvc, autocomplete: 'cc-csc', inputmode: 'numeric', required: true, error: errors.cvc })}
${textField({ name: 'name', label: LABELS.name, autocomplete: 'cc-name', required: true, value: state.name, error: errors.name })}
<p class="form-actions"><button type="submit">Save payment method</button></p>
</form>
${homeLink(request)}`;
  return respond(request, 'Update payment method', body, status);
}

/**
 * Saves the card through `updatePaymentMethod` (which sends `payment_method.attached` and
 * `customer.updated`), or shows the form again with the error inline and nothing changed.
 */
export function submitPaymentMethod(request: PortalRequest, form: PortalForm): Response {
  const kept = { expiry: form.get('expiry'), name: form.get('name') };
  const expiry = parseExpiry(kept.expiry);
  const errors: CardFormState['errors'] = {};
  if (!form.get('number')) errors.number = 'Enter your card number.';
  if (!expiry) errors.expiry = 'Enter the expiry date as MM / YY.';
  if (!form.get('cvc')) errors.cvc = "Enter the card's security code.";
  if (!kept.name) errors.name = 'Enter the name on the card.';
  if (!expiry || Object.keys(errors).length) return renderPaymentMethodPage(request, { errors, ...kept }, 422);
  try {
    updatePaymentMethod(request.emulator, request.customer.id, {
      number: form.get('number'),
      exp_month: expiry.month,
      exp_year: expiry.year,
      cvc: form.get('cvc'),
      name: kept.name,
    });
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    const field = cardFieldOf(error.param);
    const state: CardFormState = field
      ? { errors: { [field]: error.message }, ...kept }
      : { errors: {}, problem: error.message, ...kept };
    return renderPaymentMethodPage(request, state, 422);
  }
  return completeTask(request, 'Your payment method has been updated.');
}
