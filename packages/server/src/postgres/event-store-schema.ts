import { setupError } from '../core/setup-error';

/**
 * The table `createPostgresEventStore()` uses unless given another.
 *
 * @example
 * const table = options.table ?? DEFAULT_EVENTS_TABLE;
 */
export const DEFAULT_EVENTS_TABLE = 'portalkit_webhook_events';

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `table` ("name" or "schema.name") quoted for SQL, and its bare name (for the index's name). Only
 * lowercase unquoted-style names are taken, so the name in an app's own migration, written without
 * quotes, is the same table.
 *
 * @example
 * eventsTableName('billing.webhook_events'); // { quoted: '"billing"."webhook_events"', bare: 'webhook_events' }
 */
export function eventsTableName(table: string): { quoted: string; bare: string } {
  const parts = typeof table === 'string' ? table.split('.') : [];
  if (parts.length < 1 || parts.length > 2 || !parts.every((part) => NAME.test(part))) {
    throw setupError(
      'createPostgresEventStore',
      `table must be a lowercase name or schema.name (letters, digits, _; up to 63 each), got ${JSON.stringify(table)}`,
    );
  }
  return { quoted: parts.map((part) => `"${part}"`).join('.'), bare: parts[parts.length - 1] as string };
}

/**
 * The `CREATE TABLE` and `CREATE INDEX` statements for `table`, each ending in `;`.
 *
 * @example
 * const [createTable, createIndex] = eventsTableStatements('billing.webhook_events');
 */
export function eventsTableStatements(table: string = DEFAULT_EVENTS_TABLE): string[] {
  const { quoted, bare } = eventsTableName(table);
  return [
    `CREATE TABLE IF NOT EXISTS ${quoted} (
  -- The Stripe event ID (evt_...).
  event_id text PRIMARY KEY,
  -- 'processing' while a delivery's handler runs, 'processed' once it succeeded.
  state text NOT NULL CHECK (state IN ('processing', 'processed')),
  -- The random token of the delivery holding the claim; NULL once processed.
  owner text,
  -- When the claim's lease ends, or when the processed ID is forgotten. Past it the row is nobody's:
  -- the next claim takes it over, and deleteExpired() removes it.
  expires_at timestamptz NOT NULL
);`,
    `CREATE INDEX IF NOT EXISTS "${bare}_expires_at" ON ${quoted} (expires_at);`,
  ];
}

/**
 * The SQL that creates the table of {@link createPostgresEventStore} (named `portalkit_webhook_events`),
 * for the app's own migrations. The package ships the same text as `src/postgres/webhook-events.sql`.
 * For another table name, replace the name (or call `ensureSchema()` on a store given that name).
 *
 * @example
 * // migrations/0007_webhook_events.ts, with whatever migration tool the app uses
 * import { WEBHOOK_EVENTS_TABLE_SQL } from '@portalkit/server/postgres';
 * export const up = (db) => db.query(WEBHOOK_EVENTS_TABLE_SQL);
 */
export const WEBHOOK_EVENTS_TABLE_SQL: string = `${eventsTableStatements().join('\n')}\n`;

/**
 * One statement (a `DO` block, so every driver can run it, even over HTTP) that creates the table
 * and its index if missing, under a transaction-scoped advisory lock: instances that start at once
 * do not race on `CREATE TABLE IF NOT EXISTS`, which is not safe under concurrency by itself.
 *
 * @example
 * await sql.query(ensureSchemaStatement('portalkit_webhook_events'));
 */
export function ensureSchemaStatement(table: string): string {
  return `DO $portalkit$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('portalkit:${table}'));
  ${eventsTableStatements(table).join('\n  ')}
END
$portalkit$`;
}
