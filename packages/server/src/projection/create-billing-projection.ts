import type { BillingCustomer, BillingInvoice, BillingPaymentMethod, BillingSubscription } from '@portalkit/protocol';
import type Stripe from 'stripe';
import { setupError } from '../core/setup-error';
import type { WebhookEventHandlers } from '../webhooks/types';
import { applyVersioned, type ApplyOutcome } from './apply-versioned';
import { changeOf, kindOf, PROJECTED_EVENT_TYPES } from './change-of';
import type { ProjectedEventType } from './projected-events';
import type { BillingProjectionStore } from './projection-store';
import type { ProjectionStripeClient } from './projection-stripe';
import { readCustomerBilling } from './read-customer-billing';
import { reconcileCustomer } from './reconcile-customer';
import { createMemoryProjectionStore } from './memory-projection-store';

/**
 * Options for {@link createBillingProjection}.
 *
 * @example
 * const options: BillingProjectionOptions = { stripe, store: createPostgresProjectionStore({ sql: pool }) };
 */
export interface BillingProjectionOptions {
  /** The app's Stripe client: used to re-fetch objects that events cannot order, and card details. */
  stripe: ProjectionStripeClient;
  /**
   * Where the projection lives. Share one store (PostgreSQL) between all processes that receive webhooks.
   * @defaultValue `createMemoryProjectionStore()` (this process only)
   */
  store?: BillingProjectionStore;
}

/**
 * One customer's billing state as the projection holds it. `version` moves forward whenever any of it changes.
 *
 * @example
 * const { subscriptions, version } = await projection.getCustomerBilling('cus_123');
 */
export interface CustomerBilling {
  version: string;
  subscriptions: BillingSubscription[];
  /** The customer's name and email; `null` until a customer event or a reconcile brought them. */
  customer: BillingCustomer | null;
  defaultPaymentMethod: BillingPaymentMethod | null;
  openInvoices: BillingInvoice[];
}

/**
 * What {@link createBillingProjection} returns.
 *
 * @example
 * const projection: BillingProjection = createBillingProjection({ stripe });
 */
export interface BillingProjection {
  /** Webhook handlers for every projected event type: spread them into `createWebhookHandler`'s `on`. */
  on: Required<Pick<WebhookEventHandlers, ProjectedEventType>>;
  /** Applies one verified event (for apps that handle a projected type themselves and call this too). */
  apply(event: Stripe.Event): Promise<ApplyOutcome | 'ignored'>;
  /** The customer's (`cus_...`) or account's (`acct_...`) billing state. */
  getCustomerBilling(customer: string): Promise<CustomerBilling>;
  /**
   * `true` when the projection knows the subscription is the customer's (and has the item, when one is
   * named), `false` when it knows it belongs to someone else, `undefined` when it does not know.
   */
  ownsSubscription(customer: string, subscription: string, item?: string): Promise<boolean | undefined>;
  /** Reads the customer's subscriptions, open invoices, name, email and default payment method from Stripe into the projection. */
  reconcile(customer: string): Promise<void>;
}

/**
 * Keeps the app's own copy of each customer's subscriptions (price, status, cancellation, pause,
 * trial, current period, discounts), default payment method and open invoices, fed by webhooks. A
 * subscription event names its discounts by ID, so their coupons' terms are read from Stripe (the
 * subscription with `expand: ['discounts.source.coupon']`) only when the row does not already
 * describe those discounts. Events may come
 * late, twice, or out of order: an event older than what the projection already applied for an object
 * never overwrites it, the same event twice changes nothing, and two events from the same second
 * (Stripe's `created` has no finer grain) make it re-fetch the object from Stripe.
 *
 * @example
 * const projection = createBillingProjection({ stripe });
 * export const handleStripeWebhook = createWebhookHandler({
 *   stripe,
 *   secret: process.env.STRIPE_WEBHOOK_SECRET!,
 *   store: eventStore,
 *   on: { ...projection.on },
 * });
 * const billing = await projection.getCustomerBilling('cus_123');
 */
export function createBillingProjection(options: BillingProjectionOptions): BillingProjection {
  const { stripe } = options ?? ({} as BillingProjectionOptions);
  if (
    typeof stripe?.subscriptions?.retrieve !== 'function' ||
    typeof stripe.subscriptions.list !== 'function' ||
    typeof stripe.invoices?.retrieve !== 'function' ||
    typeof stripe.customers?.retrieve !== 'function' ||
    typeof stripe.paymentMethods?.retrieve !== 'function'
  ) {
    throw setupError('createBillingProjection', 'pass stripe, your Stripe client (new Stripe(secretKey)).');
  }
  const store = options.store ?? createMemoryProjectionStore();
  if (typeof store.read !== 'function' || typeof store.write !== 'function' || typeof store.listFor !== 'function') {
    throw setupError(
      'createBillingProjection',
      'store must be a billing projection store (createPostgresProjectionStore(), createMemoryProjectionStore()).',
    );
  }

  async function apply(event: Stripe.Event): Promise<ApplyOutcome | 'ignored'> {
    const kind = kindOf(event.type);
    const id = (event.data?.object as { id?: unknown } | undefined)?.id;
    if (kind === undefined || typeof id !== 'string') return 'ignored';
    return applyVersioned(store, changeOf(kind, event, stripe));
  }

  const handle = async (event: Stripe.Event) => void (await apply(event));
  const on = Object.fromEntries(PROJECTED_EVENT_TYPES.map((type) => [type, handle])) as BillingProjection['on'];

  return {
    on,
    apply,
    getCustomerBilling: (customer) => readCustomerBilling(store, customer),
    async ownsSubscription(customer, subscription, item) {
      const row = await store.read('subscription', subscription);
      if (row === undefined) return undefined;
      // A subscription never moves to another customer, so a known other owner is a sure "no".
      if (row.owner !== customer && row.account !== customer) return false;
      // An item added after the last event the projection saw would be missing here: ask Stripe then.
      if (item !== undefined && !(row.data as BillingSubscription).items.some((known) => known.id === item)) return undefined;
      return true;
    },
    reconcile: (customer) => reconcileCustomer(store, stripe, customer),
  };
}
