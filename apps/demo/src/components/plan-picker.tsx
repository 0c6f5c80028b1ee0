import { CheckoutButton, ManageBillingButton } from '@portalkit/react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { plansQuery } from '../api';
import { formatPlan } from '../format';

/**
 * The next step for a customer with no subscription: the plans, each with a `CheckoutButton` naming
 * its key (the price behind a key is the server's choice). Before the JavaScript loads, and without
 * it, each button is a plain form post to the same handler. A customer who subscribed meanwhile, in
 * another tab, gets `ALREADY_SUBSCRIBED` from the server: the button then offers the portal instead.
 */
export function PlanPicker(): ReactNode {
  const { data: plans } = useSuspenseQuery(plansQuery);
  return (
    <section aria-labelledby="plans-heading" className="panel" data-testid="plan-picker">
      <h2 id="plans-heading">Choose a plan</h2>
      <p data-testid="no-subscription">
        You have no subscription yet. Pick a plan to get started: you pay on Stripe's secure checkout page, and your plan appears
        here as soon as the payment is confirmed.
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
