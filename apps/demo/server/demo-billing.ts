import { type BillingProjection, createBillingProjection, type WebhookEventStore } from '@portalkit/server';
import { createPostgresEventStore, createPostgresProjectionStore } from '@portalkit/server/postgres';
import type Stripe from 'stripe';
import { migrateDemoDatabase } from './database/migrate-demo-database';
import type { DemoDatabase } from './database/open-demo-database';

/** The kit's billing projection and webhook event store, both in the demo's database. */
export interface DemoBilling {
  projection: BillingProjection;
  eventStore: WebhookEventStore;
}

export interface DemoBillingOptions {
  stripe: Stripe;
  database: DemoDatabase;
  /** The customers the demo offers: each is read from Stripe once at start. */
  customerIds: readonly string[];
  /**
   * Stripe itself starts over with this process (the in-process emulator, seeded anew): what the
   * tables say about the previous one is thrown away first, or its events' times (the test clock
   * may have moved them a month on) would make every new event look stale.
   * @defaultValue false
   */
  stripeStartsOver?: boolean;
}

/**
 * Migrates the database, then builds the projection (fed by the webhook route) and the event store
 * (which dedupes deliveries across restarts) on it, and copies each demo customer's billing from
 * Stripe into the projection: what happened while the demo was down is read now, and webhooks do the
 * rest.
 *
 * @example
 * const { projection, eventStore } = await createDemoBilling({ stripe, database, customerIds });
 * createWebhookHandler({ stripe, secret, store: eventStore, on: { ...projection.on } });
 */
export async function createDemoBilling(options: DemoBillingOptions): Promise<DemoBilling> {
  const { stripe, database, customerIds } = options;
  await migrateDemoDatabase(database);
  if (options.stripeStartsOver) await database.sql.query('TRUNCATE portalkit_billing_objects, portalkit_webhook_events');
  const projection = createBillingProjection({ stripe, store: createPostgresProjectionStore({ sql: database.sql }) });
  // The sweep of expired rows is the store's own; the demo needs no job for it.
  const eventStore = createPostgresEventStore({ sql: database.sql });
  for (const customerId of customerIds) await projection.reconcile(customerId);
  return { projection, eventStore };
}
