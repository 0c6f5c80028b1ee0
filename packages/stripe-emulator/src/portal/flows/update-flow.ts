import type Stripe from 'stripe';
import { errorSummary, type FormProblems } from '../error-summary';
import { radioChoice, textField } from '../fields';
import type { PortalForm } from '../form';
import { formatPrice } from '../format';
import { html } from '../html';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond, seeOther } from '../respond';
import { productName } from '../subscription-summary';
import { planChoiceQuery, readPlanChoice } from './plan-choice';
import { planOptions, type PlanOption } from './plan-options';

/** What the plan page shows besides the subscription: a failed choice, or the choice to keep selected. */
export interface UpdatePageView {
  problems?: FormProblems;
  /** `price` and `quantity` to show selected (the way back from the confirmation page, or a failed post). */
  selected?: Pick<PortalForm, 'get'>;
}

/**
 * The `subscription_update` page: the configuration's plans as radio buttons (the current one
 * checked, unless `selected` names another) and a quantity field when quantity is adjustable.
 * "Continue" leads to the confirmation page; nothing changes before its "Confirm".
 */
export function renderUpdatePage(
  request: PortalRequest,
  subscription: Stripe.Subscription,
  view: UpdatePageView = {},
  status = 200,
): Response {
  const item = subscription.items.data[0];
  if (!item || subscription.items.data.length !== 1) {
    const body = html`<p>Subscriptions with several items cannot be changed in the portal.</p>${homeLink(request)}`;
    return respond(request, 'Update subscription', body, 409);
  }
  const { problems = {}, selected } = view;
  const options = planOptions(request, item);
  const checked = options.find((o) => o.price.id === selected?.get('price'))?.price.id ?? item.price.id;
  // Digits only: the field shows what was typed or linked, never arbitrary text from the address.
  const typed = selected?.get('quantity') ?? '';
  const quantityValue = /^\d{1,6}$/.test(typed) ? typed : String(item.quantity ?? 1);
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
${options.map((option) => radioChoice('price', option.price.id, label(option), option.price.id === checked))}
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
        value: quantityValue,
        error: quantityError,
        hint: bounds.maximum === null ? `At least ${bounds.minimum}.` : `From ${bounds.minimum} to ${bounds.maximum}.`,
      })
    : null
}
<p class="form-actions"><button type="submit">Continue</button></p>
</form>
${homeLink(request)}`;
  return respond(request, 'Update subscription', body, status);
}

/**
 * Checks the chosen plan and quantity ({@link readPlanChoice}) and sends the browser on to the
 * confirmation page with the choice in its address. Nothing changes yet: the change is applied by
 * the confirmation page's "Confirm", after the customer has seen what it costs.
 */
export function submitUpdate(request: PortalRequest, subscription: Stripe.Subscription, form: PortalForm): Response {
  const item = subscription.items.data[0];
  if (!item || subscription.items.data.length !== 1) return renderUpdatePage(request, subscription);
  const read = readPlanChoice(request, item, form);
  if (!read.ok) return renderUpdatePage(request, subscription, { problems: { fields: [read.field] }, selected: form }, 422);
  const query = planChoiceQuery({ price: read.choice.option.price.id, quantity: read.choice.quantity });
  return seeOther(`${request.base}/subscriptions/${encodeURIComponent(subscription.id)}/update/confirm?${query}`);
}
