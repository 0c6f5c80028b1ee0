/*
 * @portalkit/server/postgres: the kit's stores on PostgreSQL, over any driver that runs a
 * parameterised statement (node-postgres, PGlite, postgres.js, Neon's serverless driver).
 */
export { createPostgresEventStore } from './postgres-event-store';
export type { PostgresEventStore, PostgresEventStoreOptions } from './postgres-event-store';
export { WEBHOOK_EVENTS_TABLE_SQL } from './event-store-schema';
export { createPostgresProjectionStore } from './postgres-projection-store';
export type { PostgresProjectionStore, PostgresProjectionStoreOptions } from './postgres-projection-store';
export { BILLING_PROJECTION_TABLE_SQL } from './projection-schema';
export { toSqlClient } from './to-sql-client';
export type { NeonQueryFunctionLike, PostgresJsSql } from './to-sql-client';
export type { SqlClient } from './sql-client';
