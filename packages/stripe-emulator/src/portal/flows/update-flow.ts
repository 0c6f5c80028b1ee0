import type Stripe from 'stripe';
import { updateSubscriptionItem } from '../../actions/subscription-items';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import { errorSummary, type FormProblems } from '../error-summary';
import { radioChoice, textField } from '../fields';
import type { PortalForm } from '../form';
import { formatPrice } from '../format';
import { html } from '../html';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond } from '../respond';
import { productName } from '../subscription-summary';
import { planOptions, type PlanOption } from './plan-options';

/**
 * The `subscription_update` page: the configuration's plans as radio buttons (the current one
 * checked) and a quantity field when quantity is adjustable.
 */
export function renderUpdatePage(
  request: PortalRequest,
  subscription: Stripe.Subscription,
  problems: FormProblems = {},
  status = 200,
): Response {
  const item = subscription.items.data[0];
  if (!item || subscription.items.data.length !== 1) {
    const body = html`<p>Subscriptions with several items cannot be changed in the portal.</p>${homeLink(request)}`;
    return respond(request, 'Update subscription', body, 409);
  }
  const options = planOptions(request, item);
  // With no script to follow the chosen plan, the field follows the current plan's product.
  const bounds = options.find((o) => o.price.id === item.price.id)?.quantity;
  const label = (option: PlanOption) =>
    `${productName(request.emulator, option.price)} - ${formatPrice(option.price)}${option.price.id === item.price.id ? ' (current plan)' : ''}`;
  const quantityError = problems.fields?.find((field) => field.id === 'field-quantity')?.message;
  const body = html`${errorSummary(problems)}
<form method="post" action="${request.base}/subscriptions/${encodeURIComponent(subscription.id)}/update">
${
  options.length > 1
    ? html`<fieldset><legend>Choose a plan</legend>
${options.map((option) => radioChoice('price', option.price.id, label(option), option.price.id === item.price.id))}
</fieldset>`
    : html`<p>Plan: ${label(options[0] as PlanOption)}</p><input type="hidden" name="price" value="${item.price.id}">`
}
${
  bounds
    ? textField({
        name: 'quantity',
        label: 'Quantity',
        type: 'number',
        inputmode: 'numeric',
        min: bounds.minimum,
        max: bounds.maximum,
        value: String(item.quantity ?? 1),
        error: quantityError,
        hint: bounds.maximum === null ? `At least ${bounds.minimum}.` : `From ${bounds.minimum} to ${bounds.maximum}.`,
      })
    : null
}
<p class="form-actions"><button type="submit">Update subscription</button></p>
</form>
${homeLink(request)}`;
  return respond(request, 'Update subscription', body, status);
}

/** Switches the price and/or quantity through `updateSubscriptionItem`, within the page's options. */
export function submitUpdate(request: PortalRequest, subscription: Stripe.Subscription, form: PortalForm): Response {
  const item = subscription.items.data[0];
  if (!item || subscription.items.data.length !== 1) return renderUpdatePage(request, subscription);
  const options = planOptions(request, item);
  const option = options.find((o) => o.price.id === (form.get('price') || item.price.id));
  // With one plan there are no radio buttons; the quantity is then the only thing to change.
  const planField = options.length > 1 ? `field-price-${item.price.id}` : 'field-quantity';
  const planError = (message: string) =>
    renderUpdatePage(request, subscription, { fields: [{ id: planField, label: 'Plan', message }] }, 422);
  const quantityError = (message: string) =>
    renderUpdatePage(request, subscription, { fields: [{ id: 'field-quantity', label: 'Quantity', message }] }, 422);
  if (!option) return planError('Choose one of the listed plans.');
  const current = item.quantity ?? 1;
  const quantityText = form.get('quantity');
  const quantity = quantityText ? Number(quantityText) : current;
  if (quantity !== current) {
    const bounds = option.quantity;
    if (!bounds) return planError('The quantity of this plan cannot be changed.');
    if (!Number.isInteger(quantity) || quantity < bounds.minimum || (bounds.maximum !== null && quantity > bounds.maximum)) {
      const range = bounds.maximum === null ? `at least ${bounds.minimum}` : `from ${bounds.minimum} to ${bounds.maximum}`;
      return quantityError(`Choose a quantity ${range}.`);
    }
  }
  if (option.price.id === item.price.id && quantity === current) {
    return planError('Choose a different plan or quantity.');
  }
  try {
    updateSubscriptionItem(request.emulator, subscription.id, item.id, {
      ...(option.price.id !== item.price.id ? { price: option.price.id } : {}),
      ...(quantity !== current ? { quantity } : {}),
    });
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    return renderUpdatePage(request, subscription, { problem: error.message }, 422);
  }
  return completeTask(request, 'Your subscription has been updated.');
}
