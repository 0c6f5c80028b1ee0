import { CheckoutButton, ManageBillingButton } from '@portalkit/react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { plansQuery } from '../api';
import { formatPlan } from '../format';

/**
 * The plans, for a customer with no subscription, each with a `CheckoutButton` naming its key (the
 * price behind a key is the server's choice). A customer who subscribed meanwhile, in another tab,
 * gets `ALREADY_SUBSCRIBED` from the server: the button then offers the portal instead. The form
 * variant, for pages without JavaScript, is in the "Works without JavaScript" section.
 */
export function PlanPicker(): ReactNode {
  const { data: plans } = useSuspenseQuery(plansQuery);
  return (
    <section aria-labelledby="plans-heading" className="panel" data-testid="plan-picker">
      <h2 id="plans-heading">Choose a plan</h2>
      <p>
        You have no subscription yet. Pick a plan: Stripe Checkout takes the payment, and this page updates once Stripe confirms
        it.
      </p>
      <ul className="plan-list">
        {plans.map((plan) => (
          <li key={plan.key} className="plan-card" data-plan={plan.key}>
            <h3>{formatPlan(plan)}</h3>
            <CheckoutButton
              plan={plan.key}
              className="button button--primary"
              renderError={(error, { message }) =>
                error.code === 'ALREADY_SUBSCRIBED' ? (
                  <>
                    {message} <ManageBillingButton className="button">Manage billing</ManageBillingButton>
                  </>
                ) : (
                  message
                )
              }
            >
              Subscribe<span className="visually-hidden"> to {plan.nickname ?? plan.productName}</span>
            </CheckoutButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
