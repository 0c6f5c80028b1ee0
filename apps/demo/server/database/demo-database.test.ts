/*
 * The demo's database: its migrations are the SQL the kit ships, Postgrator applies them once, and
 * the tables outlive the process, on PGlite in a folder and on a real PostgreSQL server (DATABASE_URL).
 */
import { readFile } from 'node:fs/promises';
import { BILLING_PROJECTION_TABLE_SQL, WEBHOOK_EVENTS_TABLE_SQL } from '@portalkit/server/postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { usePostgres } from '../../../../packages/server/src/testing/postgres-server';
import { tempDataDir } from '../testing/temp-data-dir';
import { MIGRATIONS_DIR, migrateDemoDatabase } from './migrate-demo-database';
import { type DemoDatabaseLocation, openDemoDatabase } from './open-demo-database';

const sqlOf = async (file: string) =>
  (await readFile(`${MIGRATIONS_DIR}${file}`, 'utf8'))
    .split('\n')
    .filter((line, index) => index > 0 || !line.startsWith('--'))
    .join('\n');

describe('the demo migrations', () => {
  it('create exactly the tables the kit ships the SQL for', async () => {
    expect(await sqlOf('001.do.webhook-events.sql')).toBe(WEBHOOK_EVENTS_TABLE_SQL);
    expect(await sqlOf('002.do.billing-projection.sql')).toBe(BILLING_PROJECTION_TABLE_SQL);
  });
});

/** Migrates, writes a row, closes; then opens the same place again and reads it back. */
async function expectTablesSurviveReopening(location: DemoDatabaseLocation): Promise<void> {
  const first = await openDemoDatabase(location);
  expect(await migrateDemoDatabase(first)).toEqual({ version: 2, applied: ['webhook-events', 'billing-projection'] });
  await first.sql.query(
    `INSERT INTO portalkit_webhook_events (event_id, state, owner, expires_at) VALUES ($1, 'processed', NULL, now() + interval '1 day')`,
    ['evt_survives'],
  );
  await first.close();

  const second = await openDemoDatabase(location);
  try {
    expect(await migrateDemoDatabase(second)).toEqual({ version: 2, applied: [] });
    const { rows } = await second.sql.query('SELECT event_id FROM portalkit_webhook_events');
    expect(rows).toEqual([{ event_id: 'evt_survives' }]);
  } finally {
    await second.close();
  }
}

describe('the demo database on PGlite (the default)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('migrates a new data folder once, and keeps its tables when the folder is opened again', async () => {
    const data = await tempDataDir();
    cleanups.push(data.remove);
    await expectTablesSurviveReopening({ kind: 'pglite', dataDir: data.path });
  });
});

describe('the demo database on PostgreSQL (DATABASE_URL)', () => {
  const postgresUrl = usePostgres();

  it('migrates the server once, and keeps its tables for the next pool', async () => {
    await expectTablesSurviveReopening({ kind: 'postgres', url: postgresUrl() });
  });

  it('describes where it is without the password', async () => {
    const url = new URL(postgresUrl());
    url.password = 'secret-password';
    url.username = 'postgres';
    const database = await openDemoDatabase({ kind: 'postgres', url: url.toString() }).catch(() => null);
    // Trust authentication takes any password, so the pool opens; the description must not hold it.
    expect(database?.describe).not.toMatch(/secret-password/);
    await database?.close();
  });
});
