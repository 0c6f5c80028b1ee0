import { setupError } from '../core/setup-error';
import type { SqlClient } from './sql-client';

/**
 * What {@link toSqlClient} uses of postgres.js's `sql` (the function `postgres(url)` returns): its
 * `unsafe(text, params)`, which runs a statement with `$n` placeholders.
 *
 * @example
 * import postgres from 'postgres';
 * const sql: PostgresJsSql = postgres(process.env.DATABASE_URL);
 */
export interface PostgresJsSql {
  // Method syntax on purpose: postgres.js types its parameters more narrowly, and methods compare bivariantly.
  unsafe(text: string, params?: unknown[]): PromiseLike<ArrayLike<Record<string, unknown>>>;
  begin: unknown;
}

/**
 * What {@link toSqlClient} uses of the function `neon(url)` from `@neondatabase/serverless` (queries
 * over HTTP): its `query(text, params, options)`. Neon's `Pool` and `Client` are node-postgres
 * compatible and need no wrapping.
 *
 * @example
 * import { neon } from '@neondatabase/serverless';
 * const sql: NeonQueryFunctionLike = neon(process.env.DATABASE_URL);
 */
export interface NeonQueryFunctionLike {
  query(text: string, params?: unknown[], options?: { fullResults: true; arrayMode: false }): PromiseLike<unknown>;
  transaction: unknown;
}

const isFunction = (value: unknown): value is (...args: never[]) => unknown => typeof value === 'function';

/**
 * A {@link SqlClient} over postgres.js's `sql` or Neon's HTTP `neon()` function; a client that has the
 * shape already (node-postgres `Pool`/`Client`, PGlite, Neon's `Pool`) is returned as it is.
 *
 * @example
 * import postgres from 'postgres';
 * import { createPostgresEventStore, toSqlClient } from '@portalkit/server/postgres';
 *
 * const store = createPostgresEventStore({ sql: toSqlClient(postgres(process.env.DATABASE_URL)) });
 *
 * @example
 * import { neon } from '@neondatabase/serverless';
 * const store = createPostgresEventStore({ sql: toSqlClient(neon(process.env.DATABASE_URL)) });
 */
export function toSqlClient(client: PostgresJsSql | NeonQueryFunctionLike | SqlClient): SqlClient {
  const candidate = client as unknown as Record<string, unknown> | undefined;
  // Both drivers hand out a tagged-template function with methods on it; each has one the other lacks.
  if (isFunction(candidate) || (typeof candidate === 'object' && candidate !== null)) {
    if (isFunction(candidate.transaction) && isFunction(candidate.query) && !isFunction(candidate.begin)) {
      const neon = client as NeonQueryFunctionLike;
      return {
        async query<Row>(text: string, params: readonly unknown[] = []) {
          const result = (await neon.query(text, [...params], { fullResults: true, arrayMode: false })) as { rows: Row[] };
          return { rows: result.rows };
        },
      };
    }
    if (isFunction(candidate.unsafe) && isFunction(candidate.begin)) {
      const postgresJs = client as PostgresJsSql;
      return {
        async query<Row>(text: string, params: readonly unknown[] = []) {
          const rows = await postgresJs.unsafe(text, [...params]);
          return { rows: Array.from(rows as ArrayLike<Row>) };
        },
      };
    }
    if (!isFunction(candidate) && isFunction(candidate.query)) return client as SqlClient;
  }
  throw setupError(
    'toSqlClient',
    'pass postgres.js’s sql (postgres(url)), Neon’s neon(url), or a client with query(text, params) such as a node-postgres Pool or PGlite.',
  );
}
