import type Stripe from 'stripe';
import { amountDue } from './amount-due';
import { describeCoupon, formatPrice } from './format';
import { html, type SafeHtml } from './html';
import type { PortalRequest } from './portal-request';
import { previewProration, type ItemChangePreview } from './proration-preview';
import { productName } from './subscription-summary';

/** What a confirmation page asks the customer to confirm. */
export interface PlanChange {
  /** Each item's change (the portal changes one item; several get no estimate). */
  items: readonly ItemChangePreview[];
  /** Coupons the change would apply (`subscription_update_confirm`'s `discounts`). */
  coupons?: readonly Stripe.Coupon[];
}

/**
 * The body of both confirmation pages, the `subscription_update_confirm` deep link's and the step
 * after choosing a plan in `subscription_update`: each item's current and new plan, the coupons the
 * change applies, and the emulated amount due today with the proration under the configuration's
 * `proration_behavior` (see {@link amountDue}).
 *
 * @example
 * html`${planChangeSummary(request, subscription, { items: [{ item, price: yearly, quantity: 1 }] })}`;
 */
export function planChangeSummary(request: PortalRequest, subscription: Stripe.Subscription, change: PlanChange): SafeHtml {
  const { emulator } = request;
  const coupons = change.coupons ?? [];
  const rows = change.items.map(
    ({ item, price, quantity }) => html`<dl>
<dt>Current plan</dt><dd>${productName(emulator, item.price)} - ${formatPrice(item.price)} &times; ${item.quantity ?? 1}</dd>
<dt>New plan</dt><dd data-testid="new-plan">${productName(emulator, price)} - ${formatPrice(price)} &times; ${quantity}</dd>
</dl>`,
  );
  const [only] = change.items;
  const behavior = request.configuration.features.subscription_update.proration_behavior;
  const money =
    only && change.items.length === 1
      ? amountDue(previewProration(only, emulator.clock.now(), behavior), {
          from: planLabel(productName(emulator, only.item.price), only.item.price, only.item.quantity ?? 1),
          to: planLabel(productName(emulator, only.price), only.price, only.quantity),
          discounted: coupons.length > 0 || subscription.discounts.length > 0,
        })
      : html`<p class="emulated">The emulator estimates the amount due only for a change to one item.</p>`;
  return html`${rows}
${coupons.length ? html`<p>Discount: ${coupons.map(describeCoupon).join(', ')}</p>` : null}
${money}`;
}

// `Pro ($29.00 per month × 5)`, the quantity left out when it is 1.
function planLabel(name: string, price: Stripe.Price, quantity: number): string {
  return `${name} (${formatPrice(price)}${quantity === 1 ? '' : ` \u00d7 ${quantity}`})`;
}
