import { ManageBillingButton } from '@portalkit/react';
import type { ReactNode } from 'react';
import type { BillingView } from '../billing-view';
import { formatAmount, formatDate } from '../format';
import { isPastDue } from '../past-due';

/**
 * For a customer whose renewal failed: what failed (amount and date, from `invoice.payment_failed`)
 * and one primary action, the portal's card update. Once the new card pays the open invoice,
 * `invoice.paid` arrives and the banner goes.
 */
export function PastDueBanner({ billing }: { billing: BillingView }): ReactNode {
  const failed = billing.failedPayment;
  if (!isPastDue(billing)) return null;
  return (
    <section aria-labelledby="past-due-heading" className="callout callout--error past-due" data-testid="past-due-banner">
      <h2 id="past-due-heading">Your last payment failed</h2>
      <p data-testid="past-due-details">
        {failed
          ? `We could not charge ${formatAmount(failed.amountDue, failed.currency)} for the renewal on ${formatDate(failed.createdAt)}.`
          : 'A renewal could not be charged.'}{' '}
        Update your payment method to keep your subscription; we retry the payment at once.
      </p>
      <ManageBillingButton flow="payment_method_update" className="button button--primary">
        Update payment method
      </ManageBillingButton>
    </section>
  );
}
