import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSizes, packWorkspace } from './pack-workspace';

/*
 * `pnpm size:tarballs`: builds and packs every published package (as `pnpm publish` would) in a copy
 * of the workspace and prints what each tarball weighs.
 */
const scratch = mkdtempSync(join(tmpdir(), 'portalkit-sizes-'));
try {
  const packed = await packWorkspace(join(scratch, 'workspace'), join(scratch, 'tarballs'));
  console.log(formatSizes(packed));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
