import { setupError } from '../core/setup-error';

/**
 * The table `createPostgresProjectionStore()` uses unless given another.
 *
 * @example
 * createPostgresProjectionStore({ sql, table: DEFAULT_PROJECTION_TABLE });
 */
export const DEFAULT_PROJECTION_TABLE = 'portalkit_billing_objects';

const NAME = /^[a-z_][a-z0-9_]{0,50}$/;

/**
 * `table` ("name" or "schema.name") quoted for SQL, with the quoted name of its revision sequence.
 * Only lowercase names are taken, so an app's own migration, written without quotes, names the same
 * table.
 *
 * @example
 * projectionTableNames('billing.objects').sequence; // '"billing"."objects_revision"'
 */
export function projectionTableNames(table: string): { table: string; sequence: string; prefix: string } {
  const parts = typeof table === 'string' ? table.split('.') : [];
  if (parts.length < 1 || parts.length > 2 || !parts.every((part) => NAME.test(part))) {
    throw setupError(
      'createPostgresProjectionStore',
      `table must be a lowercase name or schema.name (letters, digits, _; up to 51 each), got ${JSON.stringify(table)}`,
    );
  }
  const bare = parts[parts.length - 1] as string;
  const quote = (name: string) => [...parts.slice(0, -1), name].map((part) => `"${part}"`).join('.');
  return { table: quote(bare), sequence: quote(`${bare}_revision`), prefix: bare };
}

/**
 * The statements that create the table, its sequence and its indexes, each ending in `;`.
 *
 * @example
 * for (const statement of projectionTableStatements('billing_objects')) await sql.query(statement);
 */
export function projectionTableStatements(table: string = DEFAULT_PROJECTION_TABLE): string[] {
  const names = projectionTableNames(table);
  return [
    `CREATE SEQUENCE IF NOT EXISTS ${names.sequence};`,
    `CREATE TABLE IF NOT EXISTS ${names.table} (
  -- 'subscription', 'invoice' or 'customer', and the object's Stripe ID.
  kind text NOT NULL CHECK (kind IN ('subscription', 'invoice', 'customer')),
  id text NOT NULL,
  -- The customer (cus_...) and, on Accounts v2, the account (acct_...) the object belongs to.
  owner text NOT NULL,
  account text,
  -- The created second of the newest event applied, and the IDs of the events applied at that second.
  version bigint NOT NULL,
  event_ids jsonb NOT NULL,
  -- From the sequence on every write: the compare-and-set token, summed into the customer's version.
  revision bigint NOT NULL,
  -- The projected fields, as the billing-state handler answers them.
  data jsonb NOT NULL,
  PRIMARY KEY (kind, id)
);`,
    `CREATE INDEX IF NOT EXISTS "${names.prefix}_owner" ON ${names.table} (owner);`,
    `CREATE INDEX IF NOT EXISTS "${names.prefix}_account" ON ${names.table} (account) WHERE account IS NOT NULL;`,
  ];
}

/**
 * The SQL that creates the tables of `createPostgresProjectionStore()` (named
 * `portalkit_billing_objects`), for the app's own migrations. The package ships the same text as
 * `src/postgres/billing-projection.sql`. For another name, call `ensureSchema()` on a store given it.
 *
 * @example
 * // migrations/0008_billing_projection.ts, with whatever migration tool the app uses
 * import { BILLING_PROJECTION_TABLE_SQL } from '@portalkit/server/postgres';
 * export const up = (db) => db.query(BILLING_PROJECTION_TABLE_SQL);
 */
export const BILLING_PROJECTION_TABLE_SQL: string = `${projectionTableStatements().join('\n')}\n`;

/**
 * One statement (a `DO` block, so drivers that run one statement per call can run it) that creates
 * what is missing under a transaction-scoped advisory lock: `CREATE ... IF NOT EXISTS` alone is not
 * safe when several instances start at once.
 *
 * @example
 * await sql.query(ensureProjectionSchemaStatement('portalkit_billing_objects'));
 */
export function ensureProjectionSchemaStatement(table: string): string {
  return `DO $portalkit$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('portalkit:${table}'));
  ${projectionTableStatements(table).join('\n  ')}
END
$portalkit$`;
}
