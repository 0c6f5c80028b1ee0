import type Stripe from 'stripe';
import { countryName } from './countries';

/**
 * `unit_amount` in minor units as money, e.g. `$12.00`. Zero-decimal currencies (JPY) come out
 * right because Intl knows their digits.
 *
 * @example
 * formatMoney(1200, 'usd'); // '$12.00'
 */
export function formatMoney(amount: number | null, currency: string): string {
  if (amount === null) return 'custom amount';
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

/** A unix time as a calendar date in UTC, e.g. `March 5, 2027` (UTC so tests do not depend on TZ). */
export function formatDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** How a price bills, e.g. `$12.00 per month` or `$99.00 every 3 months`. */
export function formatPrice(price: Stripe.Price): string {
  const money = formatMoney(price.unit_amount, price.currency);
  const recurring = price.recurring;
  if (!recurring) return `${money} once`;
  if (recurring.interval_count === 1) return `${money} per ${recurring.interval}`;
  return `${money} every ${recurring.interval_count} ${recurring.interval}s`;
}

/** A pause or other interval option, e.g. `1 month` or `2 weeks`. */
export function formatInterval(interval: string, count: number): string {
  return `${count} ${interval}${count === 1 ? '' : 's'}`;
}

/** `Visa ending in 4242, expires 12/2030`. */
export function formatCard(card: Stripe.PaymentMethod.Card): string {
  const brand = card.display_brand ?? card.brand;
  const name = brand.charAt(0).toUpperCase() + brand.slice(1).replaceAll('_', ' ');
  return `${name} ending in ${card.last4}, expires ${String(card.exp_month).padStart(2, '0')}/${card.exp_year}`;
}

/** An address on one line, skipping empty parts; `null` when nothing is set. */
export function formatAddress(address: Stripe.Address | null): string | null {
  if (!address) return null;
  const country = address.country ? countryName(address.country) : null;
  const parts = [address.line1, address.line2, address.city, address.state, address.postal_code, country];
  const text = parts.filter((part) => part).join(', ');
  return text || null;
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
