import type Stripe from 'stripe';
import { updateSubscriptionItem } from '../../actions/subscription-items';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import { errorSummary } from '../error-summary';
import type { PortalForm } from '../form';
import { html } from '../html';
import { planChangeSummary } from '../plan-change-summary';
import type { PortalRequest } from '../portal-request';
import { homeLink, respond } from '../respond';
import { planChoiceQuery, readPlanChoice, type PlanChoice } from './plan-choice';
import { planOptions } from './plan-options';
import { renderUpdatePage } from './update-flow';

/**
 * The second step of `subscription_update` (from the homepage's "Update subscription" too): the
 * chosen plan and quantity against the current ones, the emulated amount due today and proration
 * (the same block as the `subscription_update_confirm` deep link's page, {@link planChangeSummary}),
 * a "Confirm" button that applies it, and a link back to the plan page with the choice kept.
 * Stripe's portal likewise confirms a chosen plan on a page of its own, the page that
 * `subscription_update_confirm` opens directly (https://docs.stripe.com/customer-management/portal-deep-links).
 *
 * The choice travels in the address and in the form's hidden fields, and each request checks it
 * again ({@link readPlanChoice}); the visit cookie (`SameSite=Lax`) keeps other sites' posts out, as
 * on every page. A choice that no longer holds goes back to the plan page with the error summary.
 */
export function renderUpdateFlowConfirmPage(
  request: PortalRequest,
  subscription: Stripe.Subscription,
  query: Pick<PortalForm, 'get'>,
  error?: string,
  status = 200,
): Response {
  const item = subscription.items.data[0];
  if (!item || subscription.items.data.length !== 1) return renderUpdatePage(request, subscription);
  const read = readPlanChoice(request, item, query);
  if (!read.ok) return renderUpdatePage(request, subscription, { problems: { fields: [read.field] }, selected: query }, 422);
  const { option, quantity } = read.choice;
  const path = `${request.base}/subscriptions/${encodeURIComponent(subscription.id)}`;
  const back = planChoiceQuery({ price: option.price.id, quantity });
  const changeLabel = planOptions(request, item).length > 1 ? 'Change plan' : 'Change quantity';
  const body = html`${errorSummary({ problem: error })}
${planChangeSummary(request, subscription, { items: [{ item, price: option.price, quantity }] })}
<form method="post" action="${path}/update/confirm">
<input type="hidden" name="price" value="${option.price.id}">
<input type="hidden" name="quantity" value="${quantity}">
<p class="form-actions"><button type="submit">Confirm</button><a class="button secondary" href="${path}/update?${back}">${changeLabel}</a></p>
</form>
${homeLink(request)}`;
  return respond(request, 'Confirm subscription update', body, status);
}

/**
 * "Confirm": checks the posted choice once more and applies it through `updateSubscriptionItem`
 * (which sends `customer.subscription.updated`), then finishes the task per `after_completion`.
 */
export function submitUpdateFlowConfirm(request: PortalRequest, subscription: Stripe.Subscription, form: PortalForm): Response {
  const item = subscription.items.data[0];
  if (!item || subscription.items.data.length !== 1) return renderUpdatePage(request, subscription);
  const read = readPlanChoice(request, item, form);
  if (!read.ok) return renderUpdatePage(request, subscription, { problems: { fields: [read.field] }, selected: form }, 422);
  try {
    updateSubscriptionItem(request.emulator, subscription.id, item.id, changeOf(item, read.choice));
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    return renderUpdateFlowConfirmPage(request, subscription, form, error.message, 422);
  }
  return completeTask(request, 'Your subscription has been updated.');
}

// Only what changes: the same price is not sent again, nor the same quantity.
function changeOf(item: Stripe.SubscriptionItem, { option, quantity }: PlanChoice) {
  return {
    ...(option.price.id !== item.price.id ? { price: option.price.id } : {}),
    ...(quantity !== (item.quantity ?? 1) ? { quantity } : {}),
  };
}
