/*
 * What the account page showed when the customer left for Stripe, kept small enough for a cookie:
 * only what the return notice compares, never a Stripe customer ID or a session URL.
 */
import type { BillingStateResponse } from '@portalkit/protocol';
import { isPaused, pauseResumesAt } from './subscription-pause';

/** One subscription, as it stood at departure. */
export interface SubscriptionSnapshot {
  /** `sub_...` */
  id: string;
  /** The first item's price (`price_...`), or null without items. */
  price: string | null;
  quantity: number | null;
  status: string;
  cancelAtPeriodEnd: boolean;
  cancelAt: number | null;
  paused: boolean;
  resumesAt: number | null;
  /** The discounts' IDs (`di_...`): a new one is an accepted offer. */
  discounts: string[];
}

/** The customer's billing as the account page showed it before a trip to the portal or Checkout. */
export interface BillingSnapshot {
  /** The billing state's version then. */
  version: string;
  paymentMethod: { id: string; brand: string | null; last4: string | null } | null;
  name: string | null;
  email: string | null;
  subscriptions: SubscriptionSnapshot[];
}

/** The part of the billing state a snapshot is taken from (and compared with). */
export type BillingSnapshotSource = Pick<BillingStateResponse, 'version' | 'subscriptions' | 'customer' | 'defaultPaymentMethod'>;

/**
 * The snapshot of `billing`, to compare with what the webhooks say after the trip.
 *
 * @example
 * const before = takeBillingSnapshot(await projection.getCustomerBilling(customerId));
 * before.paymentMethod?.last4; // '4242'
 */
export function takeBillingSnapshot(billing: BillingSnapshotSource): BillingSnapshot {
  const card = billing.defaultPaymentMethod;
  return {
    version: billing.version,
    paymentMethod: card ? { id: card.id, brand: card.brand, last4: card.last4 } : null,
    name: billing.customer?.name ?? null,
    email: billing.customer?.email ?? null,
    subscriptions: billing.subscriptions.map((subscription) => ({
      id: subscription.id,
      price: subscription.items[0]?.price ?? null,
      quantity: subscription.items[0]?.quantity ?? null,
      status: subscription.status,
      cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
      cancelAt: subscription.cancelAt,
      paused: isPaused(subscription),
      resumesAt: pauseResumesAt(subscription),
      discounts: subscription.discounts.map((discount) => discount.id),
    })),
  };
}
