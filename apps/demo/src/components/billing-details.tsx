import { ManageBillingButton } from '@portalkit/react';
import type { ReactNode } from 'react';
import type { BillingView } from '../billing-view';
import { formatBrand } from '../format';

/** The card on file as the customer knows it: `Visa ending in 4242, expires 12/2034`. */
function paymentMethodText(method: BillingView['paymentMethod']): string {
  if (!method) return 'No payment method on file';
  if (!method.last4) return 'A new payment method (details shortly)';
  const expiry = method.expMonth && method.expYear ? `, expires ${method.expMonth}/${method.expYear}` : '';
  return `${formatBrand(method.brand ?? 'card')} ending in ${method.last4}${expiry}`;
}

/**
 * Who is billed and how. The payment method is the card's primary action ("Add payment method" when
 * there is none), unless `pastDue`: then the past-due banner's card update is, and this one steps back.
 * Invoices and the rest of the billing history are on the portal's homepage, opened in a new tab so
 * the account page stays where it is.
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
          <dd data-testid="payment-method">{paymentMethodText(method)}</dd>
        </div>
      </dl>
      <div className="actions">
        {/* Starts creating the session on pointer-down or Enter, so the portal opens a little sooner. */}
        <ManageBillingButton
          flow="payment_method_update"
          prefetch="intent"
          className={pastDue ? 'button' : 'button button--primary'}
        >
          {method ? 'Update payment method' : 'Add payment method'}
        </ManageBillingButton>
        <ManageBillingButton flow="customer_update" className="button" />
        <ManageBillingButton target="_blank" className="button">
          Invoices and billing history <span aria-hidden="true">↗</span>
          <span className="visually-hidden"> (opens in a new tab)</span>
        </ManageBillingButton>
      </div>
    </section>
  );
}
