import { BillingError } from '@portalkit/protocol';
import type Stripe from 'stripe';
import type { PortalkitLogger } from '../core/portal-setting-types';
import { createSafeLogger } from '../core/safe-logger';
import { isStripeId } from '../core/stripe-id';
import { stripeFailure } from '../core/stripe-failure';
import type { CheckoutStripeClient } from './checkout-handler-options';

/** What a success page may show about a Checkout Session: display only, never grounds for provisioning. */
export interface CheckoutSummary {
  sessionId: string;
  /** `open`, `complete` or `expired`. */
  status: Stripe.Checkout.Session.Status | null;
  /** `paid`, `unpaid` or `no_payment_required` (a trial). */
  paymentStatus: Stripe.Checkout.Session.PaymentStatus;
  /** The price bought (`price_...`), to show the plan's name. */
  priceId: string | null;
  quantity: number | null;
  /** In the currency's smallest unit, e.g. cents. */
  amountTotal: number | null;
  currency: string | null;
}

/** What `readCheckoutSummary` needs. */
export interface ReadCheckoutSummaryOptions {
  stripe: Pick<CheckoutStripeClient, 'checkout'>;
  /** The `session_id` of the success URL, as the browser sent it: untrusted. */
  sessionId: unknown;
  /** The signed-in user's Stripe customer, from the app's auth. */
  customerId: string;
  /** @defaultValue `console` */
  logger?: PortalkitLogger | false;
}

const NOT_FOUND = 'No such Checkout Session for the signed-in customer.';

/**
 * Reads the Checkout Session a success page was sent back with, for the signed-in customer only.
 * The `session_id` in the URL is chosen by whoever wrote the link, so another customer's session, an
 * unknown one and a malformed ID are the same `404 NOT_FOUND`: nothing tells them apart.
 *
 * Show the summary; do not act on it. A session can be complete before its first payment settles,
 * and the page may never be reached: provision from the `checkout.session.completed` and
 * `invoice.paid` webhooks (https://docs.stripe.com/billing/subscriptions/build-subscriptions#provision-and-monitor).
 *
 * @example
 * app.get('/billing/success', async (c) => {
 *   const user = c.get('user');
 *   const summary = await readCheckoutSummary({ stripe, sessionId: c.req.query('session_id'), customerId: user.stripeCustomerId });
 *   return c.json(summary); // { status: 'complete', paymentStatus: 'paid', priceId: 'price_...', amountTotal: 2000, ... }
 * });
 */
export async function readCheckoutSummary({
  stripe,
  sessionId,
  customerId,
  logger,
}: ReadCheckoutSummaryOptions): Promise<CheckoutSummary> {
  const safeLogger = createSafeLogger(logger);
  if (!isStripeId(customerId, 'cus_')) {
    throw new BillingError('UNAUTHENTICATED', 'Sign in to see this purchase: no Stripe customer is signed in.');
  }
  // Checked before any call, so a crafted value never reaches a Stripe URL path.
  if (!isStripeId(sessionId, 'cs_')) throw new BillingError('NOT_FOUND', NOT_FOUND, { param: 'session_id' });
  const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ['line_items'] }).catch((error: unknown) => {
    if ((error as { code?: unknown } | null)?.code === 'resource_missing') return null;
    return stripeFailure('retrieve_checkout_session', safeLogger)(error);
  });
  const owner = typeof session?.customer === 'string' ? session.customer : session?.customer?.id;
  if (session === null || owner !== customerId) throw new BillingError('NOT_FOUND', NOT_FOUND, { param: 'session_id' });
  const item = session.line_items?.data[0];
  return {
    sessionId: session.id,
    status: session.status,
    paymentStatus: session.payment_status,
    priceId: item?.price?.id ?? null,
    quantity: item?.quantity ?? null,
    amountTotal: session.amount_total,
    currency: session.currency,
  };
}
