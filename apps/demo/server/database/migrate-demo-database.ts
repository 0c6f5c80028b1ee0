import { fileURLToPath } from 'node:url';
import Postgrator from 'postgrator';
import type { DemoDatabase } from './open-demo-database';

/** The demo's migrations: plain SQL files, `NNN.do.<what>.sql`, applied in order, each once. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Brings the database up to the newest migration with Postgrator, which records what it applied in
 * its own `schemaversion` table (and refuses a migration file edited after it ran). Several demo
 * processes starting at once against one PostgreSQL server would race here; the demo starts one.
 *
 * @example
 * const { version } = await migrateDemoDatabase(database); // 2
 */
export async function migrateDemoDatabase(database: DemoDatabase): Promise<{ version: number; applied: string[] }> {
  const postgrator = new Postgrator({
    driver: 'pg',
    migrationPattern: `${MIGRATIONS_DIR}*.sql`,
    execQuery: (query) => database.runScript(query),
  });
  const applied = await postgrator.migrate();
  return { version: Number(await postgrator.getDatabaseVersion()), applied: applied.map((migration) => migration.name) };
}
