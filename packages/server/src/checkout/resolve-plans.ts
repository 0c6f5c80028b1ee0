import { isStripeId } from '../core/stripe-id';
import type { CheckoutPlan } from './checkout-handler-options';

// Plan keys travel in form fields and JSON; a short, plain alphabet keeps them unambiguous in both.
const PLAN_KEY = /^[A-Za-z0-9_.-]{1,100}$/;
// Stripe's limit on `subscription_data.trial_period_days` (stripe-node `SessionCreateParams.SubscriptionData`).
const MAX_TRIAL_DAYS = 730;
// Stripe's limit on a line item's quantity in Checkout.
const MAX_QUANTITY = 999_999;

/**
 * Checks the `plans` map and returns it as a `Map` of frozen copies, so a plan changed after start-up
 * changes nothing. `fail` builds the setup error.
 *
 * @example
 * resolvePlans({ pro: { price: 'price_pro', trialDays: 14 } }, fail); // Map { 'pro' => { price, trialDays } }
 */
export function resolvePlans(plans: unknown, fail: (message: string) => TypeError): ReadonlyMap<string, CheckoutPlan> {
  if (typeof plans !== 'object' || plans === null || Array.isArray(plans) || Object.keys(plans).length === 0) {
    throw fail('pass plans, a map from plan key to { price: "price_..." }, e.g. { pro_monthly: { price: "price_123" } }.');
  }
  const resolved = new Map<string, CheckoutPlan>();
  for (const [key, value] of Object.entries(plans as Record<string, unknown>)) {
    if (!PLAN_KEY.test(key)) throw fail(`plan key "${key.slice(0, 100)}" must be 1 to 100 letters, digits, "_", "-" or ".".`);
    resolved.set(key, Object.freeze(checkPlan(key, value as CheckoutPlan, fail)));
  }
  return resolved;
}

function checkPlan(key: string, plan: CheckoutPlan, fail: (message: string) => TypeError): CheckoutPlan {
  if (!isStripeId(plan?.price, 'price_')) throw fail(`plans.${key}.price must be a price ID (price_...).`);
  const copy: CheckoutPlan = { price: plan.price };
  if (plan.quantity !== undefined) {
    const { adjustable, min, max } = plan.quantity ?? {};
    const whole = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 1 && (n as number) <= MAX_QUANTITY;
    if (typeof adjustable !== 'boolean' || !whole(min) || !whole(max) || min > max) {
      throw fail(`plans.${key}.quantity must be { adjustable: boolean, min, max } with 1 <= min <= max <= ${MAX_QUANTITY}.`);
    }
    copy.quantity = Object.freeze({ adjustable, min, max });
  }
  if (plan.trialDays !== undefined) {
    if (!Number.isSafeInteger(plan.trialDays) || plan.trialDays < 1 || plan.trialDays > MAX_TRIAL_DAYS) {
      throw fail(`plans.${key}.trialDays must be a whole number of days from 1 to ${MAX_TRIAL_DAYS}.`);
    }
    copy.trialDays = plan.trialDays;
  }
  if (plan.allowPromotionCodes !== undefined) {
    if (typeof plan.allowPromotionCodes !== 'boolean') throw fail(`plans.${key}.allowPromotionCodes must be true or false.`);
    copy.allowPromotionCodes = plan.allowPromotionCodes;
  }
  return copy;
}
