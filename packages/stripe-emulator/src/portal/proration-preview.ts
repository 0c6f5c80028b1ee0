import type Stripe from 'stripe';
import { periodEnd } from '../objects/period';

const DAY = 86_400;

/** A change to one subscription item, as the confirmation page shows it. */
export interface ItemChangePreview {
  item: Stripe.SubscriptionItem;
  price: Stripe.Price;
  quantity: number;
}

/** What a change costs, in the price's minor units. */
export interface ProrationPreview {
  currency: string;
  /** Whole days left in the current period, and its length in days. */
  remainingDays: number;
  periodDays: number;
  /** Credit for the unused days of the current price (0 or positive; shown as a minus). */
  credit: number;
  /** The new price for the remaining days, or for a whole new period when the interval changes. */
  charge: number;
  /** `charge - credit`: what the change adds (or, negative, takes off). */
  net: number;
  /** What would be invoiced now. */
  dueToday: number;
  /** The interval changed, so a new period starts today (Stripe resets the billing cycle then). */
  newCycle: boolean;
  /** When the next regular invoice comes. */
  nextInvoiceAt: number;
  behavior: Stripe.BillingPortal.Configuration.Features.SubscriptionUpdate.ProrationBehavior;
}

/**
 * The emulator's estimate of what a plan or quantity change costs, from its own prices and the
 * item's current period, prorated by whole days (Stripe prorates by the second; the emulator keeps
 * it simple). `proration_behavior` decides as on Stripe
 * (https://docs.stripe.com/billing/subscriptions/prorations): `none` prorates nothing,
 * `create_prorations` puts the difference on the next invoice, `always_invoice` invoices it now.
 * A change of interval starts a new period today and invoices it at once, less the unused time
 * unless the behaviour is `none`.
 *
 * @example
 * previewProration({ item, price: yearly, quantity: 1 }, clock.now(), 'create_prorations');
 */
export function previewProration(
  change: ItemChangePreview,
  now: number,
  behavior: ProrationPreview['behavior'],
): ProrationPreview {
  const { item, price, quantity } = change;
  const start = item.current_period_start;
  const end = item.current_period_end;
  const periodDays = Math.max(0, Math.round((end - start) / DAY));
  const remainingDays = Math.min(periodDays, Math.max(0, Math.round((end - now) / DAY)));
  const share = (amount: number) => (periodDays === 0 ? 0 : Math.round((amount * remainingDays) / periodDays));
  const oldAmount = (item.price.unit_amount ?? 0) * (item.quantity ?? 1);
  const newAmount = (price.unit_amount ?? 0) * quantity;
  const newCycle =
    price.recurring?.interval !== item.price.recurring?.interval ||
    price.recurring?.interval_count !== item.price.recurring?.interval_count;
  const prorates = behavior !== 'none';
  const credit = prorates ? share(oldAmount) : 0;
  const charge = newCycle ? newAmount : prorates ? share(newAmount) : 0;
  const net = charge - credit;
  const dueToday = newCycle || behavior === 'always_invoice' ? Math.max(0, net) : 0;
  return {
    currency: price.currency,
    remainingDays,
    periodDays,
    credit,
    charge,
    net,
    dueToday,
    newCycle,
    nextInvoiceAt: newCycle ? periodEnd(now, price) : end,
    behavior,
  };
}
