import type { ReactNode } from 'react';
import type { BillingReturnPhase } from '@portalkit/react';

const MESSAGES: Record<Exclude<BillingReturnPhase, 'none'>, string> = {
  waiting: 'Back from the billing portal. Waiting for Stripe to confirm the change…',
  updated: 'Updated: Stripe confirmed the change with a webhook.',
  unchanged: 'Back from the billing portal. This page shows what Stripe has confirmed so far.',
};

/**
 * Announces where the page stands after a return from the portal. The live region is always rendered,
 * so screen readers announce the change from "waiting" to "updated".
 */
export function ReturnNotice({ phase }: { phase: BillingReturnPhase }): ReactNode {
  return (
    <div role="status" data-testid="return-notice" className={phase === 'none' ? 'visually-hidden' : `callout callout--${phase}`}>
      {phase === 'none' ? '' : MESSAGES[phase]}
    </div>
  );
}
