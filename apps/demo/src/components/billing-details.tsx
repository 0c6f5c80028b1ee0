import { ManageBillingButton } from '@portalkit/react';
import type { ReactNode } from 'react';
import type { BillingView } from '../billing-view';
import { formatBrand } from '../format';

/**
 * Who is billed and how, with the customer-level portal tasks. The card update is the primary action,
 * unless `pastDue`: then the past-due banner's card update is, and this one steps back.
 */
export function BillingDetails({ billing, pastDue = false }: { billing: BillingView; pastDue?: boolean }): ReactNode {
  const method = billing.paymentMethod;
  return (
    <section aria-labelledby="billing-heading" className="panel">
      <h2 id="billing-heading">Billing details</h2>
      <dl className="facts">
        <div>
          <dt>Billed to</dt>
          <dd data-testid="billing-name">{billing.name ?? 'No name on file'}</dd>
        </div>
        <div>
          <dt>Billing email</dt>
          <dd data-testid="billing-email">{billing.email ?? 'No email on file'}</dd>
        </div>
        <div>
          <dt>Payment method</dt>
          <dd data-testid="payment-method">
            {!method
              ? 'No payment method on file'
              : method.last4
                ? `${formatBrand(method.brand ?? 'card')} ending in ${method.last4}${
                    method.expMonth && method.expYear ? `, expires ${method.expMonth}/${method.expYear}` : ''
                  }`
                : 'A new card (details on their way from Stripe)'}
          </dd>
        </div>
      </dl>
      <div className="actions">
        {/* Starts creating the session on pointer-down or Enter, so the portal opens a little sooner. */}
        <ManageBillingButton
          flow="payment_method_update"
          prefetch="intent"
          className={pastDue ? 'button' : 'button button--primary'}
        />
        <ManageBillingButton flow="customer_update" className="button" />
        <ManageBillingButton className="button">Open billing portal</ManageBillingButton>
        <ManageBillingButton target="_blank" className="button">
          Open billing portal in a new tab
        </ManageBillingButton>
      </div>
    </section>
  );
}
