import { neon } from '@neondatabase/serverless';
import pg from 'pg';
import postgres from 'postgres';
import { describe, expect, test } from 'vitest';
import { toSqlClient } from './to-sql-client';

// The queries themselves run in the store's tests on real servers; these check which wrapper each
// driver's own object gets, before any connection is made.
describe('toSqlClient', () => {
  test('returns a client that already has query(text, params) as it is', async () => {
    const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    expect(toSqlClient(pool)).toBe(pool);
    await pool.end();
  });

  test('wraps postgres.js’s sql and Neon’s neon() in a client of their own', async () => {
    const sql = postgres('postgres://nobody@127.0.0.1:1/none');
    const wrapped = toSqlClient(sql);
    expect(wrapped).not.toBe(sql);
    expect(typeof wrapped.query).toBe('function');
    await sql.end();
    const neonSql = neon('postgresql://nobody:unused@localhost/none');
    expect(toSqlClient(neonSql)).not.toBe(neonSql);
  });

  test('refuses anything else with a setup error that names what it takes', () => {
    for (const client of [undefined, null, {}, () => {}, 'postgres://localhost', { unsafe() {} }]) {
      expect(() => toSqlClient(client as never)).toThrow(
        /^toSqlClient\(\): pass postgres\.js’s sql \(postgres\(url\)\), Neon’s neon\(url\)/,
      );
    }
  });
});
