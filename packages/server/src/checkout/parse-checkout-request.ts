import { BillingError, CHECKOUT_REQUEST_FIELDS } from '@portalkit/protocol';
import { clipFieldName, unknownFieldMessage } from '../core/request-field-rules';
import type { CheckoutPlan } from './checkout-handler-options';

/** A Checkout request that passed every check needing no network call. */
export interface CheckoutRequest {
  planKey: string;
  plan: CheckoutPlan;
  quantity: number;
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set(CHECKOUT_REQUEST_FIELDS);
const PRICE = 'the price comes from the server: send plan, a key of its plans map.';
const CUSTOMER = "the customer comes from the server's auth (getCustomer), never from the request.";
const URLS = 'where Stripe sends the customer afterwards is set on the server (successUrl, cancelUrl).';
const DISCOUNT = 'whether promotion codes are offered is set per plan on the server (allowPromotionCodes).';
const TRIAL = 'trials are set per plan on the server (trialDays).';

/*
 * Fields a client might try to set that only the server decides, each with where the setting lives.
 * Every other unknown field gets the list of fields instead.
 */
const SERVER_SIDE_FIELDS = new Map<string, string>([
  ...['price', 'priceId', 'price_id', 'prices', 'line_items', 'lineItems', 'mode'].map((name) => [name, PRICE] as const),
  ...['customer', 'customerId', 'customer_id', 'customer_email', 'customerEmail', 'client_reference_id'].map(
    (name) => [name, CUSTOMER] as const,
  ),
  ...['success_url', 'successUrl', 'cancel_url', 'cancelUrl', 'return_url', 'returnUrl', 'returnTo'].map(
    (name) => [name, URLS] as const,
  ),
  ...['coupon', 'coupons', 'discounts', 'promotion_code', 'promotionCode', 'allow_promotion_codes'].map(
    (name) => [name, DISCOUNT] as const,
  ),
  ...['trial_period_days', 'trialDays', 'subscription_data', 'metadata'].map((name) => [name, TRIAL] as const),
]);

function invalid(param: string, message: string): BillingError {
  return new BillingError('INVALID_REQUEST', message, { param });
}

/**
 * Checks a Checkout request body (JSON, or a form already in the same shape): `plan` must be a key of
 * the app's plans map, and `quantity` a whole number within the plan's bounds, only for a plan whose
 * quantity is adjustable. Anything else is refused by name, with a 400 whose `param` names it.
 *
 * @example
 * parseCheckoutRequest({ plan: 'team', quantity: 5 }, false, plans); // { planKey: 'team', plan, quantity: 5 }
 * parseCheckoutRequest({ plan: 'team', price: 'price_1' }, false, plans); // throws, param 'price'
 */
export function parseCheckoutRequest(
  body: unknown,
  fromForm: boolean,
  plans: ReadonlyMap<string, CheckoutPlan>,
): CheckoutRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BillingError('INVALID_REQUEST', 'The body must be an object such as {"plan":"pro_monthly"}.');
  }
  const fields = body as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    if (!KNOWN_FIELDS.has(name)) {
      const message = unknownFieldMessage(name, CHECKOUT_REQUEST_FIELDS, { reasons: SERVER_SIDE_FIELDS, kind: 'Checkout' });
      throw invalid(clipFieldName(name), message);
    }
  }
  const planKey = fields.plan;
  // `Object.hasOwn` semantics through the Map: "__proto__" or "constructor" is no plan.
  const plan = typeof planKey === 'string' ? plans.get(planKey) : undefined;
  if (plan === undefined || typeof planKey !== 'string') {
    throw invalid('plan', `plan must be one of this app's plans: ${[...plans.keys()].join(', ')}.`);
  }
  return { planKey, plan, quantity: parseQuantity(fields.quantity, fromForm, plan) };
}

function parseQuantity(value: unknown, fromForm: boolean, plan: CheckoutPlan): number {
  const bounds = plan.quantity;
  if (value === undefined) return bounds?.min ?? 1;
  if (!bounds?.adjustable) throw invalid('quantity', 'quantity is fixed for this plan; leave it out.');
  // A form sends text; only plain decimal digits count, so "1e3", " 5" or "0x10" are refused, not guessed at.
  const quantity = fromForm && typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : value;
  if (!Number.isSafeInteger(quantity) || (quantity as number) < bounds.min || (quantity as number) > bounds.max) {
    throw invalid('quantity', `quantity must be a whole number from ${bounds.min} to ${bounds.max}.`);
  }
  return quantity as number;
}
