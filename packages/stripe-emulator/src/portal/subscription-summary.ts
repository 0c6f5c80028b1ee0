import type Stripe from 'stripe';
import { currentPeriodEnd } from '../actions/change-subscription';
import type { EmulatorContext } from '../context';
import { describeCoupon, formatDate, formatPrice } from './format';
import { html, type SafeHtml } from './html';

/** The product's name for a price, falling back to the price's nickname or ID. */
export function productName(emulator: EmulatorContext, price: Stripe.Price): string {
  const productId = typeof price.product === 'string' ? price.product : price.product.id;
  const product = emulator.store.products.get(productId);
  return product?.name ?? price.nickname ?? price.id;
}

/** `Pro` or, for several items, `Pro + Seats`. */
export function planName(emulator: EmulatorContext, subscription: Stripe.Subscription): string {
  return subscription.items.data.map((item) => productName(emulator, item.price)).join(' + ') || subscription.id;
}

/** The end of the current period, or null for a subscription without items. */
export function periodEndOf(subscription: Stripe.Subscription): number | null {
  return subscription.items.data.length ? currentPeriodEnd(subscription) : null;
}

/** `past_due` as `Past due`. */
export function statusLabel(status: string): string {
  const text = status.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A subscription's facts as a description list: price and quantity of each item, status, the
 * discounts in effect (such as an accepted retention offer), and what happens at the period end
 * (renews, cancels, or collection paused).
 *
 * @example
 * html`<h2>${planName(emulator, subscription)}</h2>${subscriptionFacts(emulator, subscription)}`;
 */
export function subscriptionFacts(emulator: EmulatorContext, subscription: Stripe.Subscription): SafeHtml {
  const end = periodEndOf(subscription);
  const single = subscription.items.data.length === 1;
  const items = subscription.items.data.map(
    (item) =>
      html`<dt>${single ? 'Price' : productName(emulator, item.price)}</dt><dd>${formatPrice(item.price)}${(item.quantity ?? 1) !== 1 ? html` &times; ${item.quantity ?? 1}` : null}</dd>`,
  );
  const pause = subscription.pause_collection;
  return html`<dl>
${items}
<dt>Status</dt><dd data-testid="subscription-status">${statusLabel(subscription.status)}</dd>
${discountsOf(emulator, subscription).map((text) => html`<dt>Discount</dt><dd data-testid="subscription-discount">${text}</dd>`)}
${end === null ? null : subscription.cancel_at_period_end ? html`<dt>Cancels on</dt><dd>${formatDate(end)}</dd>` : html`<dt>Renews on</dt><dd>${formatDate(end)}</dd>`}
${pause ? html`<dt>Payments</dt><dd>Paused${pause.resumes_at ? html` until ${formatDate(pause.resumes_at)}` : html` until you resume`}</dd>` : null}
</dl>`;
}

/** Each discount in effect on the subscription, e.g. `25% off for 3 months (Stay with us), until June 1, 2027`. */
export function discountsOf(emulator: EmulatorContext, subscription: Stripe.Subscription): string[] {
  const now = emulator.clock.now();
  return subscription.discounts.flatMap((entry) => {
    const discount = typeof entry === 'string' ? emulator.store.discounts.get(entry) : entry;
    if (!discount || (discount.end !== null && discount.end <= now)) return [];
    const source = discount.source.coupon;
    const coupon = typeof source === 'string' ? emulator.store.coupons.get(source) : source;
    if (!coupon) return [];
    const terms = describeCoupon(coupon);
    const name = coupon.name && coupon.name !== terms ? ` (${coupon.name})` : '';
    return [`${terms}${name}${discount.end === null ? '' : `, until ${formatDate(discount.end)}`}`];
  });
}
