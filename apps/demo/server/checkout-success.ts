import { isBillingError } from '@portalkit/protocol';
import { readCheckoutSummary, type CheckoutStripeClient } from '@portalkit/server';
import type { DemoLogger } from './create-demo-app';
import type { PlanState, PriceCatalog } from './price-catalog';

/** What the success page shows about a purchase: for display only, never to provision. */
export interface CheckoutSuccessData {
  /** The plan bought, named from the catalog; null when the catalog does not know the price. */
  plan: PlanState | null;
  /** `complete` once paid (or a trial started), `open` while Stripe is still working on it. */
  status: string | null;
  /** In the currency's minor unit; 0 for a trial. */
  amountTotal: number | null;
  currency: string | null;
}

export interface LoadCheckoutSuccessOptions {
  stripe: Pick<CheckoutStripeClient, 'checkout'>;
  catalog: PriceCatalog;
  /** The `session_id` of the success URL: anyone can type one, so it is checked against the customer. */
  sessionId: unknown;
  /** The signed-in user's customer, from the server's auth. */
  customerId: string;
  logger: DemoLogger;
}

/**
 * Reads what the signed-in customer just bought, through the kit's `readCheckoutSummary` (another
 * customer's session, an unknown one and a malformed ID are all `null`: the page says "not found").
 *
 * @example
 * const purchase = await loadCheckoutSuccess({ stripe, catalog, sessionId: c.req.query('session_id'), customerId, logger });
 */
export async function loadCheckoutSuccess(options: LoadCheckoutSuccessOptions): Promise<CheckoutSuccessData | null> {
  const { stripe, catalog, sessionId, customerId, logger } = options;
  try {
    const summary = await readCheckoutSummary({ stripe, sessionId, customerId, logger });
    return {
      plan: catalog.plans.find((plan) => plan.priceId === summary.priceId) ?? null,
      status: summary.status,
      amountTotal: summary.amountTotal,
      currency: summary.currency,
    };
  } catch (error) {
    if (isBillingError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
