import type Stripe from 'stripe';
import { formatMoney } from '../format';
import { html, type SafeHtml } from '../html';
import type { PortalRequest } from '../portal-request';

/** The coupon of the session's `retention.coupon_offer`, if it asked for one and the coupon exists. */
export function retentionCouponOf(request: PortalRequest): Stripe.Coupon | null {
  const couponId = request.flow?.subscription_cancel?.retention?.coupon_offer?.coupon;
  return couponId ? (request.emulator.store.coupons.get(couponId) ?? null) : null;
}

/** `25% off for 3 months`, `$5.00 off once`, `10% off forever`. */
export function describeCoupon(coupon: Stripe.Coupon): string {
  const amount =
    coupon.percent_off !== null
      ? `${coupon.percent_off}% off`
      : `${formatMoney(coupon.amount_off, coupon.currency ?? 'usd')} off`;
  if (coupon.duration === 'forever') return `${amount} forever`;
  if (coupon.duration === 'repeating') {
    const months = coupon.duration_in_months ?? 1;
    return `${amount} for ${months} month${months === 1 ? '' : 's'}`;
  }
  return `${amount} your next invoice`;
}

/**
 * The offer shown before the cancel button. Accepting it is its own form, so the customer's choice
 * is explicit: "Accept offer" keeps the subscription with the discount.
 */
export function renderRetentionOffer(coupon: Stripe.Coupon, action: string): SafeHtml {
  return html`<section aria-labelledby="offer-heading">
<h2 id="offer-heading">Before you go</h2>
<p>Stay with us and get <strong>${describeCoupon(coupon)}</strong>${showName(coupon) ? html` (${coupon.name})` : null}.</p>
<form method="post" action="${action}">
<button type="submit">Accept offer</button>
</form>
<p>Or cancel below.</p>
</section>`;
}

// A coupon named after its own terms ("25% off for 3 months") would read twice.
function showName(coupon: Stripe.Coupon): boolean {
  return Boolean(coupon.name) && coupon.name !== describeCoupon(coupon);
}
