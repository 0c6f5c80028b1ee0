import type { BillingProjectionStore, ProjectedKind, ProjectionRow } from '../projection/projection-store';
import { DEFAULT_PROJECTION_TABLE, ensureProjectionSchemaStatement, projectionTableNames } from './projection-schema';
import type { SqlClient } from './sql-client';

/**
 * Options for {@link createPostgresProjectionStore}.
 *
 * @example
 * const options: PostgresProjectionStoreOptions = { sql: pool, table: 'billing.projection' };
 */
export interface PostgresProjectionStoreOptions {
  /** Runs the store's statements: a node-postgres `Pool` or PGlite as is, or any {@link SqlClient}. */
  sql: SqlClient;
  /**
   * The table, `name` or `schema.name`, lowercase; its sequence is `<name>_revision`.
   * @defaultValue `'portalkit_billing_objects'`
   */
  table?: string;
}

/**
 * A billing projection store in PostgreSQL, with `ensureSchema()` for quick starts.
 *
 * @example
 * const store: PostgresProjectionStore = createPostgresProjectionStore({ sql: pool });
 * await store.ensureSchema();
 */
export interface PostgresProjectionStore extends BillingProjectionStore {
  /** Creates the table, its sequence and indexes if missing (safe when many instances start at once). */
  ensureSchema(): Promise<void>;
}

type RawRow = Record<string, unknown>;

/**
 * The billing projection's rows in one PostgreSQL table, shared by every instance of the app. A write
 * is one statement that inserts only where no row exists, or updates only the row still at the
 * revision the caller read, so of two concurrent writers exactly one wins and the other re-reads.
 * Each statement stands alone (no transaction is held open), so a pool or an HTTP driver is fine.
 *
 * @example
 * import pg from 'pg';
 * const store = createPostgresProjectionStore({ sql: new pg.Pool({ connectionString: process.env.DATABASE_URL }) });
 * await store.ensureSchema(); // or run BILLING_PROJECTION_TABLE_SQL in a migration
 * const projection = createBillingProjection({ stripe, store });
 */
export function createPostgresProjectionStore(options: PostgresProjectionStoreOptions): PostgresProjectionStore {
  const tableOption = options.table ?? DEFAULT_PROJECTION_TABLE;
  const { table, sequence } = projectionTableNames(tableOption);
  const { sql } = options;
  const columns = 'kind, id, owner, account, version, event_ids, revision, data';

  return {
    async ensureSchema() {
      await sql.query(ensureProjectionSchemaStatement(tableOption));
    },
    async read(kind: ProjectedKind, id: string) {
      const { rows } = await sql.query(`SELECT ${columns} FROM ${table} WHERE kind = $1 AND id = $2`, [kind, id]);
      return rows[0] === undefined ? undefined : toRow(rows[0]);
    },
    async write(row, expected) {
      const params = [
        row.kind,
        row.id,
        row.owner,
        row.account,
        row.version,
        JSON.stringify(row.eventIds),
        JSON.stringify(row.data),
      ];
      const { rows } =
        expected === null
          ? await sql.query(
              `INSERT INTO ${table} (${columns})
               VALUES ($1, $2, $3, $4, $5, $6::jsonb, nextval('${sequence}'), $7::jsonb)
               ON CONFLICT (kind, id) DO NOTHING RETURNING revision`,
              params,
            )
          : await sql.query(
              `UPDATE ${table} SET owner = $3, account = $4, version = $5, event_ids = $6::jsonb,
                 revision = nextval('${sequence}'), data = $7::jsonb
               WHERE kind = $1 AND id = $2 AND revision = $8 RETURNING revision`,
              [...params, expected],
            );
      return rows.length === 1;
    },
    async listFor(customer) {
      const { rows } = await sql.query(`SELECT ${columns} FROM ${table} WHERE owner = $1 OR account = $1`, [customer]);
      return rows.map(toRow);
    },
  };
}

// Drivers differ: node-postgres gives bigint as a string and may give jsonb as text; PGlite gives numbers and objects.
function toRow(raw: RawRow): ProjectionRow {
  const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  return {
    kind: raw.kind as ProjectedKind,
    id: String(raw.id),
    owner: String(raw.owner),
    account: raw.account === null || raw.account === undefined ? null : String(raw.account),
    version: Number(raw.version),
    eventIds: json(raw.event_ids) as string[],
    revision: Number(raw.revision),
    data: json(raw.data),
  };
}
