import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CheckoutSuccessData } from '../../server/checkout-success';
import { purchaseQuery } from '../api';
import { formatAmount, formatPlan } from '../format';
import { useProvisioning, type ProvisioningPhase } from '../use-provisioning';

const MESSAGES: Record<ProvisioningPhase, string> = {
  waiting: 'Waiting for Stripe to confirm your subscription…',
  ready: 'Your subscription is active: Stripe confirmed it with a webhook.',
  slow: 'Stripe has not confirmed the subscription yet. Your account page will show it as soon as it does.',
};

/**
 * Where Checkout sends the customer after paying: what they bought (read for the signed-in customer
 * only, through `readCheckoutSummary`) and a wait for the webhook that provisions it.
 */
export function CheckoutSuccessPage({ sessionId }: { sessionId: string | null }): ReactNode {
  const { data: purchase } = useSuspenseQuery(purchaseQuery(sessionId));
  if (!purchase) {
    return (
      <>
        <h1>Purchase not found</h1>
        <p className="callout callout--error">This link does not name a purchase of yours. Nothing was changed.</p>
        <a href="/account" className="button">
          Go to your account
        </a>
      </>
    );
  }
  return <Purchase purchase={purchase} />;
}

function Purchase({ purchase }: { purchase: CheckoutSuccessData }): ReactNode {
  const { phase } = useProvisioning(purchase.plan?.priceId ?? null);
  return (
    <>
      <h1>Thank you</h1>
      <section aria-labelledby="purchase-heading" className="panel">
        <h2 id="purchase-heading">What you bought</h2>
        <dl className="facts">
          <div>
            <dt>Plan</dt>
            <dd data-testid="purchase-plan">{purchase.plan ? formatPlan(purchase.plan) : 'A subscription'}</dd>
          </div>
          {purchase.amountTotal !== null && purchase.currency && (
            <div>
              <dt>Paid today</dt>
              <dd data-testid="purchase-total">{formatAmount(purchase.amountTotal, purchase.currency)}</dd>
            </div>
          )}
        </dl>
      </section>
      <div role="status" data-testid="provisioning" className={`callout callout--${phase === 'ready' ? 'updated' : 'waiting'}`}>
        {MESSAGES[phase]}
      </div>
      <p className="actions">
        <a href="/account" className="button button--primary">
          Go to your account
        </a>
      </p>
    </>
  );
}
