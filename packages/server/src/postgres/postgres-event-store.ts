import { setupError } from '../core/setup-error';
import type { ClaimResult, WebhookEventStore } from '../webhooks/event-store';
import { DEFAULT_LEASE_MS, DEFAULT_TTL_MS, positiveLimit } from '../webhooks/store-limits';
import { DEFAULT_EVENTS_TABLE, ensureSchemaStatement, eventsTableName } from './event-store-schema';
import type { SqlClient } from './sql-client';

/**
 * Options for {@link createPostgresEventStore}.
 *
 * @example
 * const options: PostgresEventStoreOptions = { sql: pool, table: 'billing.webhook_events' };
 */
export interface PostgresEventStoreOptions {
  /** Runs the store's statements: a node-postgres `Pool` or PGlite as is, postgres.js or Neon through `toSqlClient()`. */
  sql: SqlClient;
  /**
   * The table, `name` or `schema.name`, lowercase.
   * @defaultValue `'portalkit_webhook_events'`
   */
  table?: string;
  /**
   * How long a claim holds while its handler runs, in milliseconds. After it a redelivery may run the
   * handler again, so a process that died mid-handler does not block its event forever.
   * @defaultValue `300000` (5 minutes)
   */
  leaseMs?: number;
  /**
   * How long a processed ID is remembered, in milliseconds (Stripe retries for up to three days).
   * @defaultValue `259200000` (3 days)
   */
  ttlMs?: number;
  /**
   * How often, at most, a claim also deletes the rows that expired (in the background; a failed sweep
   * is tried again at the next one). `false` leaves it to the app, which calls `deleteExpired()` itself.
   * @defaultValue `600000` (10 minutes)
   */
  sweepIntervalMs?: number | false;
}

/**
 * A {@link WebhookEventStore} in a PostgreSQL table, with two extras for set-up and upkeep.
 *
 * @example
 * const store: PostgresEventStore = createPostgresEventStore({ sql: pool });
 * await store.ensureSchema();
 */
export interface PostgresEventStore extends WebhookEventStore {
  /** Creates the table and its index if they are missing (safe when many instances start at once). */
  ensureSchema(): Promise<void>;
  /** Deletes the rows whose lease or memory ended, and says how many. */
  deleteExpired(): Promise<number>;
}

const RESULTS = new Set<string>(['claimed', 'processing', 'processed']);

/**
 * A {@link WebhookEventStore} on PostgreSQL, shared by every instance of the app: a claim is one
 * `INSERT ... ON CONFLICT DO UPDATE` whose row lock decides between concurrent deliveries, `complete`
 * and `release` change the row only while the caller's owner token still holds an unexpired claim,
 * and every time is the database's clock, so instances with skewed clocks agree. Works with any
 * {@link SqlClient}: node-postgres, PGlite, postgres.js and Neon's serverless driver.
 *
 * Create the table in a migration with {@link WEBHOOK_EVENTS_TABLE_SQL}, or call `ensureSchema()` at
 * start-up.
 *
 * @example
 * import pg from 'pg';
 * import { createPostgresEventStore } from '@portalkit/server/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const store = createPostgresEventStore({ sql: pool });
 * await store.ensureSchema();
 * const handleWebhook = createWebhookHandler({ stripe, secret, on, store });
 */
export function createPostgresEventStore(options: PostgresEventStoreOptions): PostgresEventStore {
  const { sql } = options ?? {};
  if (typeof sql?.query !== 'function') {
    throw setupError(
      'createPostgresEventStore',
      'pass sql, a client with query(text, params) such as a node-postgres Pool, PGlite, or toSqlClient(postgresJsSql).',
    );
  }
  const tableOption = options.table ?? DEFAULT_EVENTS_TABLE;
  const table = eventsTableName(tableOption).quoted;
  const leaseMs = positiveLimit('createPostgresEventStore', 'leaseMs', options.leaseMs ?? DEFAULT_LEASE_MS);
  const ttlMs = positiveLimit('createPostgresEventStore', 'ttlMs', options.ttlMs ?? DEFAULT_TTL_MS);
  const sweepIntervalMs =
    options.sweepIntervalMs === false
      ? false
      : positiveLimit('createPostgresEventStore', 'sweepIntervalMs', options.sweepIntervalMs ?? 10 * 60 * 1000);
  const later = (ms: string) => `statement_timestamp() + ${ms}::double precision * interval '1 millisecond'`;
  const heldBy = `event_id = $1 AND owner = $2 AND state = 'processing' AND expires_at > statement_timestamp()`;

  // An expired row is taken over, a live one is left as it is; either way the row is locked, so of two
  // concurrent claims the second waits and then sees the first's claim. RETURNING sees the row after.
  const claimStatement = `INSERT INTO ${table} AS held (event_id, state, owner, expires_at)
VALUES ($1, 'processing', $2, ${later('$3')})
ON CONFLICT (event_id) DO UPDATE SET
  state = CASE WHEN held.expires_at <= statement_timestamp() THEN 'processing' ELSE held.state END,
  owner = CASE WHEN held.expires_at <= statement_timestamp() THEN excluded.owner ELSE held.owner END,
  expires_at = CASE WHEN held.expires_at <= statement_timestamp() THEN excluded.expires_at ELSE held.expires_at END
RETURNING CASE WHEN held.state = 'processing' AND held.owner = $2 THEN 'claimed' ELSE held.state END AS result`;
  const completeStatement = `UPDATE ${table} SET state = 'processed', owner = NULL, expires_at = ${later('$3')} WHERE ${heldBy}`;
  const releaseStatement = `DELETE FROM ${table} WHERE ${heldBy}`;
  const sweepStatement = `WITH gone AS (DELETE FROM ${table} WHERE expires_at <= statement_timestamp() RETURNING 1)
SELECT count(*)::integer AS deleted FROM gone`;

  const run = async <Row extends Record<string, unknown>>(text: string, params: unknown[]) => {
    try {
      return (await sql.query<Row>(text, params)).rows;
    } catch (error) {
      if ((error as { code?: unknown })?.code !== '42P01') throw error;
      throw new Error(
        `createPostgresEventStore(): the table ${tableOption} does not exist. Create it in a migration (WEBHOOK_EVENTS_TABLE_SQL), or call store.ensureSchema() at start-up.`,
        { cause: error },
      );
    }
  };

  let lastSweep = Number.NEGATIVE_INFINITY;
  const deleteExpired = async () => Number((await run<{ deleted: number }>(sweepStatement, []))[0]?.deleted ?? 0);
  function sweepNowAndThen(): void {
    if (sweepIntervalMs === false || Date.now() - lastSweep < sweepIntervalMs) return;
    lastSweep = Date.now();
    // Only disk space is at stake: an expired row is nobody's, and a claim takes it over anyway.
    deleteExpired().catch(() => {});
  }

  return {
    async claim(eventId, owner): Promise<ClaimResult> {
      const rows = await run<{ result: string }>(claimStatement, [eventId, owner, leaseMs]);
      const result = rows[0]?.result;
      if (result === undefined || !RESULTS.has(result)) {
        throw new Error(`createPostgresEventStore(): the claim of ${eventId} returned ${JSON.stringify(rows)}`);
      }
      sweepNowAndThen();
      return result as ClaimResult;
    },
    async complete(eventId, owner) {
      await run(completeStatement, [eventId, owner, ttlMs]);
    },
    async release(eventId, owner) {
      await run(releaseStatement, [eventId, owner]);
    },
    async ensureSchema() {
      await sql.query(ensureSchemaStatement(tableOption));
    },
    deleteExpired,
  };
}
