import type { BillingDiscount } from '@portalkit/protocol';
import type { PlanState } from '../server/price-catalog';

// UTC and a fixed locale, so the server's HTML and the browser's first render agree.
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** `Jun 1, 2026` from unix seconds. */
export function formatDate(seconds: number): string {
  return dateFormat.format(new Date(seconds * 1000));
}

/** `$12.00` from an amount in the currency's minor unit (the demo's prices are all two-decimal currencies). */
export function formatAmount(minorUnits: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(minorUnits / 100);
}

/** `Pro · $12.00 / month`. */
export function formatPlan(plan: PlanState): string {
  if (plan.unitAmount === null) return plan.productName;
  return `${plan.productName} · ${formatAmount(plan.unitAmount, plan.currency)}${plan.interval ? ` / ${plan.interval}` : ''}`;
}

/** `past_due` -> `Past due`. */
export function formatStatus(status: string): string {
  const words = status.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `visa` -> `Visa`. */
export function formatBrand(brand: string): string {
  return brand.charAt(0).toUpperCase() + brand.slice(1);
}

/**
 * A discount as the customer reads it.
 *
 * @example
 * formatDiscount(retentionOffer); // '25% off until Mar 5, 2027' (or '$5.00 off', '25% off your next payment')
 */
export function formatDiscount(discount: BillingDiscount): string {
  const off = formatDiscountOff(discount);
  if (discount.duration === 'once') return `${off} your next payment`;
  if (discount.end !== null) return `${off} until ${formatDate(discount.end)}`;
  return off;
}

/**
 * What a discount takes off: `25% off`, `$5.00 off`, or the coupon's name when it says neither.
 *
 * @example
 * formatDiscountOff(retentionOffer); // '25% off'
 */
export function formatDiscountOff(discount: BillingDiscount): string {
  if (discount.percentOff !== null) return `${discount.percentOff}% off`;
  if (discount.amountOff !== null && discount.currency) return `${formatAmount(discount.amountOff, discount.currency)} off`;
  return discount.name ?? 'A discount';
}
