import type Stripe from 'stripe';
import { describeCoupon } from '../format';
import { html, type SafeHtml } from '../html';
import type { PortalRequest } from '../portal-request';

/** The coupon of the session's `retention.coupon_offer`, if it asked for one and the coupon exists. */
export function retentionCouponOf(request: PortalRequest): Stripe.Coupon | null {
  const couponId = request.flow?.subscription_cancel?.retention?.coupon_offer?.coupon;
  return couponId ? (request.emulator.store.coupons.get(couponId) ?? null) : null;
}

/**
 * The offer shown after the cancellation reasons and before the cancel button. Accepting it is its
 * own form, so the customer's choice is explicit: "Accept offer" keeps the subscription with the
 * discount.
 */
export function renderRetentionOffer(coupon: Stripe.Coupon, action: string): SafeHtml {
  return html`<section class="offer" aria-labelledby="offer-heading">
<h2 id="offer-heading">Before you go</h2>
<p>Stay with us and get <strong>${describeCoupon(coupon)}</strong>${showName(coupon) ? html` (${coupon.name})` : null}.</p>
<form method="post" action="${action}">
<button type="submit" class="secondary">Accept offer</button>
</form>
<p>Or confirm the cancellation below.</p>
</section>`;
}

// A coupon named after its own terms ("25% off for 3 months") would read twice.
function showName(coupon: Stripe.Coupon): boolean {
  return Boolean(coupon.name) && coupon.name !== describeCoupon(coupon);
}
