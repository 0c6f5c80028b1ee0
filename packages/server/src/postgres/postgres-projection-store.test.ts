import pg from 'pg';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePostgres } from '../testing/postgres-server';
import { describeProjectionScenarios } from '../testing/projection-scenarios';
import { describeProjectionStoreContract } from '../testing/projection-store-contract';
import { createPostgresProjectionStore } from './postgres-projection-store';
import type { SqlClient } from './sql-client';
import { toSqlClient } from './to-sql-client';

// A real PostgreSQL server for this file, reached through node-postgres and through postgres.js.
const postgresUrl = usePostgres();
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});
let tables = 0;

const drivers: [string, () => SqlClient][] = [
  [
    'node-postgres',
    () => {
      const pool = new pg.Pool({ connectionString: postgresUrl(), max: 8 });
      closers.push(() => pool.end().catch(() => {}));
      return pool;
    },
  ],
  [
    'postgres.js',
    () => {
      const sql = postgres(postgresUrl(), { max: 8, onnotice: () => {} });
      closers.push(() => sql.end({ timeout: 1 }));
      return toSqlClient(sql);
    },
  ],
];

for (const [driver, open] of drivers) {
  describe(`on a PostgreSQL server through ${driver}`, () => {
    let sql: SqlClient;
    beforeAll(() => {
      sql = open();
    });
    const freshStore = async () => {
      const store = createPostgresProjectionStore({ sql, table: `projection_${++tables}` });
      await store.ensureSchema();
      return store;
    };

    describeProjectionStoreContract(`PostgreSQL (${driver})`, freshStore);
    describeProjectionScenarios(`on PostgreSQL (${driver})`, freshStore);

    it('lets exactly one of 40 writers racing on 8 connections win, round after round', async () => {
      const store = await freshStore();
      const row = { kind: 'subscription' as const, id: 'sub_race', owner: 'cus_race', account: null, version: 1, data: {} };
      await store.write({ ...row, eventIds: [] }, null);
      for (let round = 0; round < 10; round += 1) {
        const { revision } = (await store.read('subscription', 'sub_race'))!;
        const wins = await Promise.all(
          Array.from({ length: 40 }, (_, n) => store.write({ ...row, eventIds: [`evt_${round}_${n}`] }, revision)),
        );
        expect(wins.filter(Boolean)).toHaveLength(1);
      }
    });

    it('ensures one schema from many connections at once', async () => {
      const store = createPostgresProjectionStore({ sql, table: `projection_ensured_${++tables}` });
      await Promise.all(Array.from({ length: 8 }, () => store.ensureSchema()));
      expect(await store.listFor('cus_nobody')).toEqual([]);
    });
  });
}
