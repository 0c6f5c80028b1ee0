import type Stripe from 'stripe';
import { applyRetentionCoupon } from '../../actions/apply-coupon';
import { updateSubscriptionItem } from '../../actions/subscription-items';
import { isStripeApiError } from '../../http/stripe-error';
import { completeTask } from '../after-completion';
import { amountDue } from '../amount-due';
import { errorSummary } from '../error-summary';
import { describeCoupon, formatPrice } from '../format';
import { html, type SafeHtml } from '../html';
import type { PortalRequest } from '../portal-request';
import { respond } from '../respond';
import { previewProration, type ItemChangePreview } from '../proration-preview';
import { productName } from '../subscription-summary';

/**
 * The `subscription_update_confirm` page: the item change the session carries (never one from the
 * browser), shown as before and after, with any discounts, the emulated amount due today and
 * proration (see {@link previewProration}), and one button to confirm it.
 */
export function renderUpdateConfirmPage(
  request: PortalRequest,
  subscription: Stripe.Subscription,
  error?: string,
  status = 200,
): Response {
  const { emulator } = request;
  const confirm = request.flow?.subscription_update_confirm;
  const previews: ItemChangePreview[] = [];
  const rows: SafeHtml[] = (confirm?.items ?? []).map((change) => {
    const item = subscription.items.data.find((candidate) => candidate.id === change.id);
    if (!item) return html`<p>Item ${change.id} is no longer part of this subscription.</p>`;
    const price = (change.price && emulator.store.prices.get(change.price)) || item.price;
    const quantity = change.quantity ?? item.quantity ?? 1;
    previews.push({ item, price, quantity });
    return html`<dl>
<dt>Current plan</dt><dd>${productName(emulator, item.price)} - ${formatPrice(item.price)} &times; ${item.quantity ?? 1}</dd>
<dt>New plan</dt><dd data-testid="new-plan">${productName(emulator, price)} - ${formatPrice(price)} &times; ${quantity}</dd>
</dl>`;
  });
  const coupons = (confirm?.discounts ?? [])
    .map((discount) => (discount.coupon ? emulator.store.coupons.get(discount.coupon) : undefined))
    .filter((coupon): coupon is Stripe.Coupon => coupon !== undefined);
  const [only] = previews;
  const behavior = request.configuration.features.subscription_update.proration_behavior;
  const money =
    only && previews.length === 1
      ? amountDue(previewProration(only, emulator.clock.now(), behavior), {
          from: planLabel(productName(emulator, only.item.price), only.item.price, only.item.quantity ?? 1),
          to: planLabel(productName(emulator, only.price), only.price, only.quantity),
          discounted: coupons.length > 0 || subscription.discounts.length > 0,
        })
      : html`<p class="emulated">The emulator estimates the amount due only for a change to one item.</p>`;
  const body = html`${errorSummary({ problem: error })}
${rows}
${coupons.length ? html`<p>Discount: ${coupons.map(describeCoupon).join(', ')}</p>` : null}
${money}
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

// `Pro ($29.00 per month × 5)`, the quantity left out when it is 1.
function planLabel(name: string, price: Stripe.Price, quantity: number): string {
  return `${name} (${formatPrice(price)}${quantity === 1 ? '' : ` \u00d7 ${quantity}`})`;
}
