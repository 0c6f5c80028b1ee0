/**
 * The one thing the kit's PostgreSQL stores need from a driver: run one parameterised statement
 * (`$1`, `$2`, ... placeholders) and give back its rows. node-postgres (`Pool`, `Client`) and PGlite
 * have this shape already; `toSqlClient()` wraps the drivers that do not (postgres.js, Neon's
 * serverless driver). The stores never hold a connection between statements, so a pool is fine.
 *
 * @example
 * import pg from 'pg';
 * const sql: SqlClient = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 */
export interface SqlClient {
  query<Row extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ rows: Row[] }>;
}
