import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CHECKOUT_PATH } from '../../server/page-data';
import { plansQuery } from '../api';
import { formatPlan } from '../format';

/**
 * The plans, for a customer with no subscription, each with a plain form that posts its key to the
 * kit's Checkout handler. The handler answers a form with `303` to Stripe's hosted page, so this
 * works before the JavaScript loads and with none. The price behind a key is the server's choice.
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
            <form method="post" action={CHECKOUT_PATH}>
              <input type="hidden" name="plan" value={plan.key} />
              <button type="submit" className="button button--primary">
                Subscribe<span className="visually-hidden"> to {plan.nickname ?? plan.productName}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
