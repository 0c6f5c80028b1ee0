import { BillingError } from '@portalkit/protocol';
import type Stripe from 'stripe';
import type { SafeLogger } from '../core/safe-logger';
import { stripeFailure } from '../core/stripe-failure';
import type { CheckoutStripeClient } from './checkout-handler-options';

/*
 * Statuses in which a subscription still holds (or will again hold) the plan: a second one would bill
 * the customer twice. `incomplete` is left out, since it expires by itself within 23 hours
 * (https://docs.stripe.com/billing/subscriptions/overview#subscription-statuses), and `canceled` and
 * `incomplete_expired` are over.
 */
const LIVE_STATUSES: ReadonlySet<Stripe.Subscription.Status> = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused']);

const ALREADY_SUBSCRIBED = 'This customer already has a subscription to one of these plans; send them to the Customer Portal.';

/**
 * Refuses with `409 ALREADY_SUBSCRIBED` when the customer has a live subscription to any price of the
 * app's plans. Lists every subscription (`status: 'all'`, so which statuses count is decided here,
 * not by the listing's default) and reads every page.
 */
export async function checkNotSubscribed(
  stripe: CheckoutStripeClient,
  customerId: string,
  planPrices: ReadonlySet<string>,
  logger: SafeLogger,
): Promise<void> {
  let startingAfter: string | undefined;
  for (;;) {
    const page = await stripe.subscriptions
      .list({ customer: customerId, status: 'all', limit: 100, ...(startingAfter ? { starting_after: startingAfter } : {}) })
      .catch(stripeFailure('list_subscriptions', logger));
    const live = page.data.find(
      (subscription) =>
        LIVE_STATUSES.has(subscription.status) && subscription.items.data.some((item) => planPrices.has(item.price.id)),
    );
    if (live !== undefined) throw new BillingError('ALREADY_SUBSCRIBED', ALREADY_SUBSCRIBED);
    const last = page.data.at(-1);
    if (!page.has_more || last === undefined) return;
    startingAfter = last.id;
  }
}
