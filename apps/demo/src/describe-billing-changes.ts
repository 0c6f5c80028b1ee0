/*
 * What changed in the customer's billing between the snapshot taken when they left for Stripe and
 * what the webhooks say now, in the customer's words. Pure: the server renders the same sentences the
 * browser shows once it has polled, so a page loaded without JavaScript says the same thing.
 */
import type { BillingDiscount, BillingSubscription } from '@portalkit/protocol';
import type { PlanState } from '../server/price-catalog';
import type { BillingSnapshot, BillingSnapshotSource, SubscriptionSnapshot } from './billing-snapshot';
import { formatBrand, formatDate, formatDiscountOff } from './format';
import { isPaused, pauseResumesAt } from './subscription-pause';

const TROUBLED = new Set(['past_due', 'unpaid', 'incomplete']);
const DAY_SECONDS = 24 * 60 * 60;

/**
 * One sentence per change the customer would notice, in page order (payment method, details, then
 * each subscription); empty when nothing they would notice changed.
 *
 * @example
 * describeBillingChanges(before, await (await fetch('/api/billing/state')).json(), plans);
 * // ['Mastercard ending in 4444 is now your payment method.']
 */
export function describeBillingChanges(
  before: BillingSnapshot,
  after: BillingSnapshotSource,
  plans: readonly PlanState[],
): string[] {
  const sentences = [...paymentMethodChanges(before, after), ...detailChanges(before, after)];
  for (const subscription of after.subscriptions) {
    const earlier = before.subscriptions.find((candidate) => candidate.id === subscription.id);
    sentences.push(...subscriptionChanges(earlier, subscription, plans));
  }
  return sentences;
}

function paymentMethodChanges(before: BillingSnapshot, after: BillingSnapshotSource): string[] {
  const card = after.defaultPaymentMethod;
  if (!card) return before.paymentMethod ? ['Your payment method was removed.'] : [];
  if (card.id === before.paymentMethod?.id) return [];
  if (!card.brand || !card.last4) return ['Your new payment method is saved.'];
  return [`${formatBrand(card.brand)} ending in ${card.last4} is now your payment method.`];
}

function detailChanges(before: BillingSnapshot, after: BillingSnapshotSource): string[] {
  const name = after.customer?.name ?? null;
  const email = after.customer?.email ?? null;
  const sentences: string[] = [];
  if (name !== before.name) sentences.push(name ? `Your billing name is now ${name}.` : 'Your billing name was removed.');
  if (email !== before.email) sentences.push(email ? `Billing emails now go to ${email}.` : 'Your billing email was removed.');
  return sentences;
}

function subscriptionChanges(
  before: SubscriptionSnapshot | undefined,
  after: BillingSubscription,
  plans: readonly PlanState[],
): string[] {
  const item = after.items[0];
  const plan = item ? (plans.find((candidate) => candidate.priceId === item.price) ?? null) : null;
  const subject = plan ? `Your ${plan.productName} subscription` : 'Your subscription';
  const ended = after.status === 'canceled';
  if (!before)
    return ended ? [] : [`${plan ? `You are now subscribed to ${plan.productName}` : 'Your subscription has started'}.`];
  if (ended) return before.status === 'canceled' ? [] : [`${subject} has ended.`];

  const sentences: string[] = [];
  if ((item?.price ?? null) !== before.price) {
    sentences.push(plan ? `Your plan is now ${planName(plan)}.` : 'Your plan has changed.');
  } else if ((item?.quantity ?? null) !== before.quantity && item?.quantity != null) {
    sentences.push(`${subject} is now for a quantity of ${item.quantity}.`);
  }
  if (TROUBLED.has(before.status) && after.status === 'active') sentences.push(`${subject} is active again.`);

  const endsAt = after.cancelAt ?? (after.cancelAtPeriodEnd ? after.currentPeriodEnd : null);
  const wasEnding = before.cancelAtPeriodEnd || before.cancelAt !== null;
  if (endsAt !== null && !wasEnding) sentences.push(`${subject} will end on ${formatDate(endsAt)}.`);
  if (!after.cancelAtPeriodEnd && after.cancelAt === null && wasEnding) {
    sentences.push(
      after.currentPeriodEnd ? `${subject} will renew on ${formatDate(after.currentPeriodEnd)}.` : `${subject} will renew.`,
    );
  }

  const paused = isPaused(after);
  const resumesAt = pauseResumesAt(after);
  if (paused && !before.paused) {
    sentences.push(`Payments for ${lower(subject)} are paused${resumesAt ? ` until ${formatDate(resumesAt)}` : ''}.`);
  }
  if (!paused && before.paused) sentences.push(`Payments for ${lower(subject)} have resumed.`);

  for (const discount of after.discounts) {
    if (!before.discounts.includes(discount.id)) sentences.push(`${describeDiscount(discount)} is applied to ${lower(subject)}.`);
  }
  return sentences;
}

const EVERY: Record<string, string> = { day: 'daily', week: 'weekly', month: 'monthly', year: 'yearly' };

/** `Pro, billed yearly`: the product alone would not tell a switch from monthly to yearly. */
function planName(plan: PlanState): string {
  const every = plan.interval ? EVERY[plan.interval] : undefined;
  return every ? `${plan.productName}, billed ${every}` : plan.productName;
}

/** `25% off for 3 months`, `$5.00 off your next invoice`, `20% off`. */
export function describeDiscount(discount: BillingDiscount): string {
  const off = formatDiscountOff(discount);
  if (discount.duration === 'once') return `${off} your next invoice`;
  if (discount.duration !== 'repeating' || discount.end === null) return off;
  // Stripe names the coupon's months (`duration_in_months`); the discount carries its start and end.
  const months = Math.round((discount.end - discount.start) / (30.44 * DAY_SECONDS));
  return months >= 1 ? `${off} for ${months} month${months === 1 ? '' : 's'}` : `${off} until ${formatDate(discount.end)}`;
}

function lower(subject: string): string {
  return subject.charAt(0).toLowerCase() + subject.slice(1);
}
