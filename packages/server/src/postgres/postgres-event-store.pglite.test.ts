import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeEventStoreContract } from '../testing/event-store-contract';
import { REAL_CLOCK_SUBJECT } from '../testing/real-clock-limits';
import { WEBHOOK_EVENTS_TABLE_SQL } from './event-store-schema';
import { createPostgresEventStore } from './postgres-event-store';

// PGlite: PostgreSQL compiled to WebAssembly, in this process. One database for the file; each test
// gets its own table. Both "processes" of the two-process tests are stores on this one database.
const db = new PGlite();
// Starting the WebAssembly build takes seconds on a busy machine: before the tests, not inside their leases.
beforeAll(() => db.waitReady, 60_000);
afterAll(() => db.close());
let tables = 0;
const newTable = () => `events_${++tables}`;

describeEventStoreContract('createPostgresEventStore (PGlite)', {
  ...REAL_CLOCK_SUBJECT,
  async createStore(limits) {
    const store = createPostgresEventStore({ sql: db, table: newTable(), ...limits });
    await store.ensureSchema();
    return store;
  },
  async createTwoProcesses(limits) {
    const table = newTable();
    const first = createPostgresEventStore({ sql: db, table, ...limits });
    await first.ensureSchema();
    return { first, second: createPostgresEventStore({ sql: db, table, ...limits }), killFirst: async () => {} };
  },
});

describe('createPostgresEventStore (PGlite)', () => {
  test('works on a table made by the shipped SQL, as an app’s migration would make it', async () => {
    // The default table, which no other test here uses.
    await db.exec(await readFile(new URL('./webhook-events.sql', import.meta.url), 'utf8'));
    const store = createPostgresEventStore({ sql: db });
    expect(await store.claim('evt_1', 'a')).toBe('claimed');
    await store.complete('evt_1', 'a');
    expect(await store.claim('evt_1', 'b')).toBe('processed');
  });

  test('the shipped .sql file is the exported WEBHOOK_EVENTS_TABLE_SQL', async () => {
    const file = await readFile(new URL('./webhook-events.sql', import.meta.url), 'utf8');
    expect(file.replace(/^--.*\n/, '')).toBe(WEBHOOK_EVENTS_TABLE_SQL);
  });

  test('a missing table is named in the error, with the two ways to create it', async () => {
    const store = createPostgresEventStore({ sql: db, table: 'never_created' });
    await expect(store.claim('evt_1', 'a')).rejects.toThrow(
      /^createPostgresEventStore\(\): the table never_created does not exist\. Create it in a migration \(WEBHOOK_EVENTS_TABLE_SQL\), or call store\.ensureSchema\(\)/,
    );
  });

  test('ensureSchema() may run again and keeps what the table holds; a schema-qualified table works', async () => {
    await db.exec('CREATE SCHEMA IF NOT EXISTS billing');
    const store = createPostgresEventStore({ sql: db, table: 'billing.webhook_events' });
    await store.ensureSchema();
    await store.claim('evt_1', 'a');
    await store.complete('evt_1', 'a');
    await store.ensureSchema();
    expect(await store.claim('evt_1', 'b')).toBe('processed');
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM billing.webhook_events');
    expect(rows[0]?.n).toBe(1);
  });

  test('deleteExpired() removes lapsed claims and forgotten IDs, and keeps live ones', async () => {
    const table = newTable();
    const short = createPostgresEventStore({ sql: db, table, leaseMs: 1, ttlMs: 1, sweepIntervalMs: false });
    const long = createPostgresEventStore({ sql: db, table, sweepIntervalMs: false });
    await short.ensureSchema();
    await short.claim('evt_lapsed', 'a');
    await short.claim('evt_forgotten', 'a');
    await short.complete('evt_forgotten', 'a'); // may already have lapsed: then nothing is written
    await long.claim('evt_running', 'a');
    await long.claim('evt_done', 'a');
    await long.complete('evt_done', 'a');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await long.deleteExpired()).toBe(2);
    const { rows } = await db.query<{ event_id: string }>(`SELECT event_id FROM ${table} ORDER BY event_id`);
    expect(rows.map((row) => row.event_id)).toEqual(['evt_done', 'evt_running']);
  });

  test('claims sweep expired rows now and then by themselves', async () => {
    const table = newTable();
    const store = createPostgresEventStore({ sql: db, table, leaseMs: 1, sweepIntervalMs: 1 });
    await store.ensureSchema();
    await store.claim('evt_lapsed', 'a');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.claim('evt_new', 'b');
    await expect
      .poll(async () => (await db.query<{ event_id: string }>(`SELECT event_id FROM ${table}`)).rows.map((row) => row.event_id))
      .not.toContain('evt_lapsed');
  });

  test('refuses a missing client, a table name that is not a plain lowercase name, and bad limits', () => {
    // @ts-expect-error: sql is required
    expect(() => createPostgresEventStore({})).toThrow(/^createPostgresEventStore\(\): pass sql, a client with query/);
    for (const table of ['Events', 'events; DROP TABLE users', 'a.b.c', '"events"', '', '1events']) {
      expect(() => createPostgresEventStore({ sql: db, table })).toThrow(
        /^createPostgresEventStore\(\): table must be a lowercase name/,
      );
    }
    expect(() => createPostgresEventStore({ sql: db, leaseMs: 0 })).toThrow(/leaseMs must be a positive number/);
    expect(() => createPostgresEventStore({ sql: db, ttlMs: -1 })).toThrow(/ttlMs/);
    expect(() => createPostgresEventStore({ sql: db, sweepIntervalMs: 0 })).toThrow(/sweepIntervalMs/);
  });
});
