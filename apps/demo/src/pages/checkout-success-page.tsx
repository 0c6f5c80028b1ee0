import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CheckoutSuccessData } from '../../server/checkout-success';
import { purchaseQuery } from '../api';
import { formatAmount, formatPlan } from '../format';
import { useProvisioning, type ProvisioningPhase } from '../use-provisioning';

const MESSAGES: Record<ProvisioningPhase, string> = {
  waiting: 'Confirming your payment…',
  ready: 'Your subscription is active.',
  slow: 'Your payment is taking longer than usual to confirm. Your account page shows the subscription as soon as it is.',
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
        <p className="callout callout--error">We could not find this purchase in your account. Nothing was changed.</p>
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
      <h1>Thank you for subscribing</h1>
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
