import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh folder for a PGlite data directory, and a way to remove it.
 *
 * @example
 * const data = await tempDataDir();
 * await data.remove();
 */
export async function tempDataDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'portalkit-demo-data-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
