import { expect, it } from 'vitest';
import * as server from './index';

// A change to this list is a change to the public API: make it on purpose.
it('exports exactly the public API of the main entry', () => {
  expect(Object.keys(server).sort()).toMatchInlineSnapshot(`
    [
      "BillingError",
      "createBillingProjection",
      "createBillingStateHandler",
      "createCheckoutHandler",
      "createMemoryEventStore",
      "createMemoryProjectionStore",
      "createPortalHandler",
      "createPortalLinkHandler",
      "createWebhookHandler",
      "isBillingError",
      "readCheckoutSummary",
    ]
  `);
});

it('exports exactly the public API of @portalkit/server/postgres', async () => {
  expect(Object.keys(await import('./postgres/index')).sort()).toMatchInlineSnapshot(`
    [
      "BILLING_PROJECTION_TABLE_SQL",
      "WEBHOOK_EVENTS_TABLE_SQL",
      "createPostgresEventStore",
      "createPostgresProjectionStore",
      "toSqlClient",
    ]
  `);
});

it('exports exactly the public API of @portalkit/server/redis', async () => {
  expect(Object.keys(await import('./redis/index')).sort()).toMatchInlineSnapshot(`
    [
      "createRedisEventStore",
    ]
  `);
});
