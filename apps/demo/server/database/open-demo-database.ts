import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from '@portalkit/server/postgres';
import pg from 'pg';

/** Where the demo keeps its tables: an embedded PGlite in a folder, or a PostgreSQL server. */
export type DemoDatabaseLocation = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/** One open database, shaped for the kit's stores and for the migration tool. */
export interface DemoDatabase {
  /** Runs one parameterised statement: what `createPostgresEventStore` and `createPostgresProjectionStore` take. */
  sql: SqlClient;
  /** Runs a script of several statements (a migration file) and the rows of its last one. */
  runScript(script: string): Promise<{ rows: Record<string, unknown>[] }>;
  /** Where it is, for the start-up banner: the folder, or the server's host (never its password). */
  describe: string;
  close(): Promise<void>;
}

/**
 * Opens the demo's database: PGlite (PostgreSQL compiled to WebAssembly, in this process) in
 * `dataDir`, which keeps the tables across restarts with nothing to install; or, with a URL, a
 * node-postgres pool on that PostgreSQL server.
 *
 * @example
 * const database = await openDemoDatabase(process.env.DATABASE_URL ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: '.data' });
 */
export async function openDemoDatabase(location: DemoDatabaseLocation): Promise<DemoDatabase> {
  if (location.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: location.url, max: 5 });
    // A pooled connection that the server drops must not crash the demo; the next query reconnects.
    pool.on('error', () => {});
    await pool.query('SELECT 1');
    const url = new URL(location.url);
    return {
      sql: pool,
      // Without parameters node-postgres uses the simple protocol, which runs several statements at once.
      runScript: async (script) => {
        const result = (await pool.query(script)) as unknown as pg.QueryResult | pg.QueryResult[];
        return { rows: (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [] };
      },
      describe: `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`,
      close: () => pool.end(),
    };
  }
  await mkdir(location.dataDir, { recursive: true });
  const db = await PGlite.create(location.dataDir);
  return {
    sql: db,
    runScript: async (script) => ({ rows: (await db.exec(script)).at(-1)?.rows ?? [] }),
    describe: `PGlite in ${location.dataDir}`,
    close: () => db.close(),
  };
}
