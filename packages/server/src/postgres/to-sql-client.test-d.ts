import type { PGlite } from '@electric-sql/pglite';
import type { neon, Pool as NeonPool } from '@neondatabase/serverless';
import type pg from 'pg';
import type postgres from 'postgres';
import { expectTypeOf, test } from 'vitest';
import { createPostgresEventStore } from './postgres-event-store';
import type { SqlClient } from './sql-client';
import { toSqlClient } from './to-sql-client';

declare const pool: pg.Pool;
declare const client: pg.Client;
declare const pglite: PGlite;
declare const postgresJs: postgres.Sql;
declare const neonSql: ReturnType<typeof neon>;
declare const neonPool: NeonPool;

test('node-postgres, PGlite and Neon’s Pool are SqlClients as they are', () => {
  expectTypeOf(pool).toExtend<SqlClient>();
  expectTypeOf(client).toExtend<SqlClient>();
  expectTypeOf(pglite).toExtend<SqlClient>();
  expectTypeOf(neonPool).toExtend<SqlClient>();
  createPostgresEventStore({ sql: pool });
  createPostgresEventStore({ sql: pglite });
  createPostgresEventStore({ sql: neonPool });
});

test('postgres.js and Neon’s HTTP function go through toSqlClient()', () => {
  expectTypeOf(toSqlClient(postgresJs)).toEqualTypeOf<SqlClient>();
  expectTypeOf(toSqlClient(neonSql)).toEqualTypeOf<SqlClient>();
  createPostgresEventStore({ sql: toSqlClient(postgresJs) });
  // @ts-expect-error: postgres.js's sql has no query(text, params)
  createPostgresEventStore({ sql: postgresJs });
});
