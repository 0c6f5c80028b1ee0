import type Stripe from 'stripe';
import type { FieldError } from '../error-summary';
import type { PortalForm } from '../form';
import type { PortalRequest } from '../portal-request';
import { planOptions, type PlanOption } from './plan-options';

/** A plan and quantity the customer chose on the `subscription_update` page, checked against its options. */
export interface PlanChoice {
  option: PlanOption;
  quantity: number;
}

/** The choice, or the field at fault in words for the customer. */
export type PlanChoiceResult = { ok: true; choice: PlanChoice } | { ok: false; field: FieldError };

/**
 * Reads `price` and `quantity` (a form post, or the confirmation page's query) as a change to
 * `item`: the price must be one of {@link planOptions}, a changed quantity must be within the chosen
 * product's bounds, and something must change. Every step of the flow reads the choice through this,
 * so a choice edited in the address bar or a hidden field is held to the same rules as the radio
 * buttons.
 *
 * @example
 * const read = readPlanChoice(request, item, form);
 * if (!read.ok) return renderUpdatePage(request, subscription, { problems: { fields: [read.field] } }, 422);
 */
export function readPlanChoice(
  request: PortalRequest,
  item: Stripe.SubscriptionItem,
  fields: Pick<PortalForm, 'get'>,
): PlanChoiceResult {
  const options = planOptions(request, item);
  const option = options.find((o) => o.price.id === (fields.get('price') || item.price.id));
  // With one plan there are no radio buttons; the quantity is then the only thing to change.
  const planField = options.length > 1 ? `field-price-${item.price.id}` : 'field-quantity';
  const fail = (id: string, label: string, message: string): PlanChoiceResult => ({
    ok: false,
    field: { id, label, message },
  });
  if (!option) return fail(planField, 'Plan', 'Choose one of the listed plans.');
  const current = item.quantity ?? 1;
  const quantityText = fields.get('quantity');
  const quantity = quantityText ? Number(quantityText) : current;
  if (quantity !== current) {
    const bounds = option.quantity;
    if (!bounds) return fail(planField, 'Plan', 'The quantity of this plan cannot be changed.');
    if (!Number.isInteger(quantity) || quantity < bounds.minimum || (bounds.maximum !== null && quantity > bounds.maximum)) {
      const range = bounds.maximum === null ? `at least ${bounds.minimum}` : `from ${bounds.minimum} to ${bounds.maximum}`;
      return fail('field-quantity', 'Quantity', `Choose a quantity ${range}.`);
    }
  }
  if (option.price.id === item.price.id && quantity === current) {
    return fail(planField, 'Plan', 'Choose a different plan or quantity.');
  }
  return { ok: true, choice: { option, quantity } };
}

/**
 * The choice as a query string (`price=price_x&quantity=7`): the confirmation page's address, and
 * the way back to the plan page with the same choice selected.
 */
export function planChoiceQuery(choice: { price: string; quantity: number | string }): string {
  return new URLSearchParams({ price: choice.price, quantity: String(choice.quantity) }).toString();
}
