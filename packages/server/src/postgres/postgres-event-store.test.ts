import pg from 'pg';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeEventStoreContract } from '../testing/event-store-contract';
import { usePostgres } from '../testing/postgres-server';
import { REAL_CLOCK_SUBJECT } from '../testing/real-clock-limits';
import { createPostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
import type { SqlClient } from './sql-client';
import { toSqlClient } from './to-sql-client';

// A real PostgreSQL server for this file, reached through node-postgres and through postgres.js.
const postgresUrl = usePostgres();
const closers: (() => Promise<unknown>)[] = [];
let tables = 0;

function openPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: postgresUrl(), max: 4 });
  closers.push(() => pool.end().catch(() => {}));
  return pool;
}
function openPostgresJs(): postgres.Sql {
  const sql = postgres(postgresUrl(), { max: 4, onnotice: () => {} });
  closers.push(() => sql.end({ timeout: 1 }));
  return sql;
}
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

/** A table name no other test uses (the contract's tests run at once). */
const newTable = () => `events_${++tables}`;

/** A store on a table nobody used yet, created with `ensureSchema()`. */
async function freshStore(sql: SqlClient, options: Partial<PostgresEventStoreOptions> = {}) {
  const store = createPostgresEventStore({ sql, table: newTable(), ...options });
  await store.ensureSchema();
  return store;
}

const drivers: [string, () => { sql: SqlClient; kill: () => Promise<unknown> }][] = [
  [
    'node-postgres',
    () => {
      const pool = openPool();
      return { sql: pool, kill: () => pool.end() };
    },
  ],
  [
    'postgres.js',
    () => {
      const sql = openPostgresJs();
      return { sql: toSqlClient(sql), kill: () => sql.end({ timeout: 0 }) };
    },
  ],
];

for (const [driver, open] of drivers) {
  let shared: SqlClient;
  describe(`on a PostgreSQL server through ${driver}`, () => {
    beforeAll(() => {
      shared = open().sql;
    });
    describeEventStoreContract(`createPostgresEventStore (${driver})`, {
      ...REAL_CLOCK_SUBJECT,
      createStore: (limits) => freshStore(shared, limits),
      async createTwoProcesses(limits) {
        const [one, two] = [open(), open()];
        const table = newTable();
        const first = createPostgresEventStore({ sql: one.sql, table, ...limits });
        await first.ensureSchema();
        const second = createPostgresEventStore({ sql: two.sql, table, ...limits });
        return { first, second, killFirst: async () => void (await one.kill()) };
      },
    });
  });
}

describe('createPostgresEventStore on a PostgreSQL server', () => {
  test('instances starting at once all ensure the schema, and agree on one table', async () => {
    const pools = [openPool(), openPool(), openPool()];
    const stores = pools.map((sql) => createPostgresEventStore({ sql, table: 'events_started_together' }));
    await Promise.all(stores.map((store) => store.ensureSchema()));
    await Promise.all(stores.map((store) => store.ensureSchema()));
    expect(await stores[0]?.claim('evt_1', 'a')).toBe('claimed');
    expect(await stores[2]?.claim('evt_1', 'b')).toBe('processing');
  });

  test('remembers a processed ID for three days and leases a claim for five minutes by default', async () => {
    const pool = openPool();
    const table = newTable();
    const store = createPostgresEventStore({ sql: pool, table });
    await store.ensureSchema();
    await store.claim('evt_done', 'a');
    await store.complete('evt_done', 'a');
    await store.claim('evt_running', 'a');
    const { rows } = await pool.query<{ event_id: string; seconds: number }>(
      `SELECT event_id, extract(epoch FROM expires_at - now())::float8 AS seconds FROM ${table} ORDER BY event_id`,
    );
    const seconds = Object.fromEntries(rows.map((row) => [row.event_id, row.seconds]));
    // Generous bounds: only the order of magnitude of each default is at stake.
    expect(seconds.evt_done).toBeGreaterThan(3 * 24 * 3600 - 60);
    expect(seconds.evt_done).toBeLessThanOrEqual(3 * 24 * 3600);
    expect(seconds.evt_running).toBeGreaterThan(5 * 60 - 60);
    expect(seconds.evt_running).toBeLessThanOrEqual(5 * 60);
  });
});
