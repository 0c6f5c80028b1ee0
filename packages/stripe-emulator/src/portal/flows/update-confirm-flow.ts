import type Stripe from 'stripe';
import { applyRetentionCoupon } from '../../actions/apply-coupon';
import { updateSubscriptionItem } from '../../actions/subscription-items';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import { errorSummary } from '../error-summary';
import { html, type SafeHtml } from '../html';
import type { PortalRequest } from '../portal-request';
import { respond } from '../respond';
import { planChangeSummary } from '../plan-change-summary';
import type { ItemChangePreview } from '../proration-preview';

/**
 * The `subscription_update_confirm` page: the item change the session carries (never one from the
 * browser), shown as before and after, with any discounts, the emulated amount due today and
 * proration (see {@link planChangeSummary}), and one button to confirm it.
 */
export function renderUpdateConfirmPage(
  request: PortalRequest,
  subscription: Stripe.Subscription,
  error?: string,
  status = 200,
): Response {
  const { emulator } = request;
  const confirm = request.flow?.subscription_update_confirm;
  const items: ItemChangePreview[] = [];
  const missing: SafeHtml[] = [];
  for (const change of confirm?.items ?? []) {
    const item = subscription.items.data.find((candidate) => candidate.id === change.id);
    if (!item) {
      missing.push(html`<p>Item ${change.id} is no longer part of this subscription.</p>`);
      continue;
    }
    const price = (change.price && emulator.store.prices.get(change.price)) || item.price;
    items.push({ item, price, quantity: change.quantity ?? item.quantity ?? 1 });
  }
  const coupons = (confirm?.discounts ?? [])
    .map((discount) => (discount.coupon ? emulator.store.coupons.get(discount.coupon) : undefined))
    .filter((coupon): coupon is Stripe.Coupon => coupon !== undefined);
  const body = html`${errorSummary({ problem: error })}
${missing}
${planChangeSummary(request, subscription, { items, coupons })}
<form method="post" action="${request.base}/subscriptions/${encodeURIComponent(subscription.id)}/update-confirm">
<p class="form-actions"><button type="submit">Confirm update</button></p>
</form>`;
  return respond(request, 'Confirm subscription update', body, status);
}

/**
 * Applies the session's item change through `updateSubscriptionItem`, then its coupons.
 * Emulator's choice: `discounts[].promotion_code` is ignored, as the emulator has no promotion codes.
 */
export function submitUpdateConfirm(request: PortalRequest, subscription: Stripe.Subscription): Response {
  const confirm = request.flow?.subscription_update_confirm;
  if (!confirm) return renderUpdateConfirmPage(request, subscription, 'There is no change to confirm.', 409);
  try {
    for (const change of confirm.items) {
      if (!change.id) continue;
      updateSubscriptionItem(request.emulator, subscription.id, change.id, {
        ...(change.price ? { price: change.price } : {}),
        ...(change.quantity !== undefined && change.quantity !== null ? { quantity: change.quantity } : {}),
      });
    }
    for (const discount of confirm.discounts ?? []) {
      if (discount.coupon) applyRetentionCoupon(request.emulator, subscription.id, discount.coupon);
    }
  } catch (error) {
    if (!isStripeApiError(error)) throw error;
    return renderUpdateConfirmPage(request, subscription, error.message, 422);
  }
  return completeTask(request, 'Your subscription has been updated.');
}
