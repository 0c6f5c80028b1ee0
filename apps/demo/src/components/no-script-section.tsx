import { CheckoutForm, ManageBillingForm } from '@portalkit/react/form';
import type { ReactNode } from 'react';
import type { PlanOffer } from '../../server/checkout-plans';

/**
 * The form variants: real `<form method="post">`s that the server answers with `303 See Other`, so
 * they work before the JavaScript has loaded and with JavaScript turned off. A customer with no
 * subscription gets one Checkout form per plan; everyone gets the card update.
 */
export function NoScriptSection({ plans }: { plans: readonly PlanOffer[] | null }): ReactNode {
  return (
    <section aria-labelledby="no-script-heading" className="panel">
      <h2 id="no-script-heading">Works without JavaScript</h2>
      <p>
        These buttons are plain HTML forms. Turn JavaScript off and they still take you to Stripe; with JavaScript on, they behave
        like the buttons above.
      </p>
      <div className="actions">
        {plans?.map((plan) => (
          <CheckoutForm key={plan.key} plan={plan.key} className="button">
            Subscribe to {plan.nickname ?? plan.productName} (form)
          </CheckoutForm>
        ))}
        <ManageBillingForm flow="payment_method_update" className="button">
          Update payment method (form)
        </ManageBillingForm>
      </div>
    </section>
  );
}
