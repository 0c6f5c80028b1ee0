import { neon, neonConfig } from '@neondatabase/serverless';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeEventStoreContract } from '../testing/event-store-contract';
import { type NeonHttpEndpoint, startNeonHttpEndpoint } from '../testing/neon-http-endpoint';
import { usePostgres } from '../testing/postgres-server';
import { REAL_CLOCK_SUBJECT } from '../testing/real-clock-limits';
import { createPostgresEventStore } from './postgres-event-store';
import { toSqlClient } from './to-sql-client';

// Neon's HTTP driver, through an endpoint that speaks its protocol in front of a real PostgreSQL server
// (the set-up Neon documents for local development). The driver's connection string only has to parse.
const postgresUrl = usePostgres();
let endpoint: NeonHttpEndpoint;
beforeAll(async () => {
  endpoint = await startNeonHttpEndpoint(postgresUrl());
  neonConfig.fetchEndpoint = endpoint.fetchEndpoint;
});
afterAll(() => endpoint?.close());
const openNeon = () => toSqlClient(neon('postgresql://postgres:unused@localhost:5432/postgres'));
let tables = 0;
const newTable = () => `events_${++tables}`;

describeEventStoreContract('createPostgresEventStore (Neon serverless, HTTP)', {
  ...REAL_CLOCK_SUBJECT,
  async createStore(limits) {
    const store = createPostgresEventStore({ sql: openNeon(), table: newTable(), ...limits });
    await store.ensureSchema();
    return store;
  },
  async createTwoProcesses(limits) {
    const table = newTable();
    const first = createPostgresEventStore({ sql: openNeon(), table, ...limits });
    await first.ensureSchema();
    // Over HTTP there is no connection to kill: the first process simply never calls again.
    return { first, second: createPostgresEventStore({ sql: openNeon(), table, ...limits }), killFirst: async () => {} };
  },
});

describe('toSqlClient(neon(url))', () => {
  test('gives rows as objects of parsed values, whatever neon() was set to return', async () => {
    const arrays = toSqlClient(neon('postgresql://postgres:unused@localhost:5432/postgres', { arrayMode: true }));
    const { rows } = await arrays.query('SELECT $1::text AS name, $2::integer AS count', ['evt_1', 3]);
    expect(rows).toEqual([{ name: 'evt_1', count: 3 }]);
  });
});
