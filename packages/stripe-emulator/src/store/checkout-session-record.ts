import type Stripe from 'stripe';

/**
 * What the emulator keeps about one Checkout Session. The session object is stored without
 * `line_items`, which Stripe includes only when asked (`expand[]=line_items`, or the line items list).
 */
export interface CheckoutSessionRecord {
  /** The `cs_test_...` ID; the table key. */
  readonly id: string;
  /** The same as `session.created`, so the table lists newest first. */
  readonly created: number;
  /** The secret at the end of the hosted page's URL (`/c/pay/<token>`). */
  readonly token: string;
  session: Stripe.Checkout.Session;
  readonly lineItems: readonly Stripe.LineItem[];
  /** What the subscription made on completion takes: trial days, metadata, description. */
  readonly subscriptionData: {
    trial_period_days?: number;
    metadata?: Record<string, string | null> | null;
    description?: string;
  };
}
