import { expect, it } from 'vitest';
import * as entry from './index';

// A change to this list is a change to the public API: make it on purpose.
it('exports exactly the public API', () => {
  expect(Object.keys(entry).sort()).toMatchInlineSnapshot(`
    [
      "BILLING_PORTAL_MUTATION_KEY",
      "BillingError",
      "BillingPortalProvider",
      "DEFAULT_BILLING_MESSAGES",
      "DEFAULT_FLOW_LABELS",
      "ManageBillingButton",
      "ManageBillingForm",
      "billingPortalMutationOptions",
      "createPortalSession",
      "isBillingError",
      "useManageBilling",
    ]
  `);
});
