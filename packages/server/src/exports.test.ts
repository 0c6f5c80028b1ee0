import { expect, it } from 'vitest';
import * as server from './index';

// A change to this list is a change to the public API: make it on purpose.
it('exports exactly the public API of the main entry', () => {
  expect(Object.keys(server).sort()).toMatchInlineSnapshot(`
    [
      "BILLING_PROJECTION_TABLE_SQL",
      "BillingError",
      "createBillingProjection",
      "createBillingStateHandler",
      "createCheckoutHandler",
      "createMemoryEventStore",
      "createMemoryProjectionStore",
      "createPortalHandler",
      "createPortalLinkHandler",
      "createPostgresProjectionStore",
      "createWebhookHandler",
      "isBillingError",
      "readCheckoutSummary",
    ]
  `);
});
