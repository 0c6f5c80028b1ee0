import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProjectionScenarios } from '../testing/projection-scenarios';
import { describeProjectionStoreContract } from '../testing/projection-store-contract';
import { createPostgresProjectionStore } from './postgres-projection-store';
import { BILLING_PROJECTION_TABLE_SQL } from './projection-schema';

// One embedded database for the file; each test gets tables of its own. Starting the WASM build
// takes seconds on a loaded 2-core machine, hence the generous hook timeout.
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
}, 120_000);
afterAll(() => db.close());

let tables = 0;
async function freshStore() {
  tables += 1;
  const store = createPostgresProjectionStore({ sql: db, table: `projection_${tables}` });
  await store.ensureSchema();
  return store;
}

describeProjectionStoreContract('PostgreSQL (PGlite)', freshStore);
describeProjectionScenarios('on PostgreSQL (PGlite)', freshStore);

describe('the PostgreSQL billing projection schema', () => {
  it('ships as SQL the package carries, the same text the store creates by default', () => {
    const shipped = readFileSync(new URL('./billing-projection.sql', import.meta.url), 'utf8');
    expect(shipped.split('\n').slice(1).join('\n')).toBe(BILLING_PROJECTION_TABLE_SQL);
  });

  it('makes a working default table from that SQL, for apps that migrate it themselves', async () => {
    await db.exec(BILLING_PROJECTION_TABLE_SQL);
    const store = createPostgresProjectionStore({ sql: db });
    expect(
      await store.write(
        { kind: 'customer', id: 'cus_sql', owner: 'cus_sql', account: null, version: 1, eventIds: [], data: {} },
        null,
      ),
    ).toBe(true);
  });

  it('can be ensured many times at once', async () => {
    const store = createPostgresProjectionStore({ sql: db, table: 'projection_ensured' });
    await Promise.all([store.ensureSchema(), store.ensureSchema(), store.ensureSchema()]);
    expect(await store.listFor('cus_nobody')).toEqual([]);
  });

  it.each(['', 'Upper', 'a.b.c', 'name; DROP TABLE x', '"quoted"'])('refuses the table name %j when it is created', (table) => {
    expect(() => createPostgresProjectionStore({ sql: db, table })).toThrow(/table must be a lowercase name/);
  });
});
