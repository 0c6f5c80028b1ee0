import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One published package of the workspace, packed as `pnpm publish` would upload it. */
export interface PackedPackage {
  /** Its folder under `packages/`, e.g. `server`. */
  dir: string;
  /** Its package.json in the repository (with the workspace-only `portalkit-source` condition). */
  workspaceManifest: Record<string, any>;
  /** The `.tgz` that `pnpm pack` wrote. */
  tarball: string;
  /** Bytes of the `.tgz` file, and of its files once unpacked. */
  packedBytes: number;
  unpackedBytes: number;
  /** Every path in the tarball, without the leading `package/`, with its mode (`-rwxr-xr-x`). */
  files: Map<string, string>;
}

/** The folders under `packages/` whose package.json is not private, in dependency order. */
export function publishedPackageDirs(): string[] {
  const dirs = readdirSync(join(REPO_ROOT, 'packages')).filter((dir) => {
    const manifest = join(REPO_ROOT, 'packages', dir, 'package.json');
    return existsSync(manifest) && !JSON.parse(readFileSync(manifest, 'utf8')).private;
  });
  // Packing needs no order, but a stable one keeps the printed table readable.
  return dirs.sort((a, b) => Number(b === 'protocol') - Number(a === 'protocol') || a.localeCompare(b));
}

/**
 * Copies the workspace into `workDir`, packs every published package there and returns the tarballs,
 * written to `outDir`.
 *
 * Packing runs each package's `prepack` build, and tsdown empties `dist/` before it writes. Other test
 * projects read those `dist/` folders while this one runs, so the packing happens in a copy of the
 * workspace (its files as they are now, committed or not, without any `dist/`), with the installed
 * `node_modules` linked in. That also proves a fresh checkout packs complete tarballs.
 *
 * @example
 * const packed = await packWorkspace(mkdtempSync(join(tmpdir(), 'pack-')), outDir);
 */
export async function packWorkspace(workDir: string, outDir: string): Promise<PackedPackage[]> {
  const { stdout: listing } = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: REPO_ROOT,
  });
  const rootFiles = new Set([
    'package.json',
    'pnpm-workspace.yaml',
    'pnpm-lock.yaml',
    '.npmrc',
    'tsconfig.json',
    'tsconfig.base.json',
    'LICENSE',
  ]);
  for (const file of listing.split('\0')) {
    if (!file || !(rootFiles.has(file) || file.startsWith('packages/'))) continue;
    if (!existsSync(join(REPO_ROOT, file))) continue; // deleted in the work tree, not yet in the index
    mkdirSync(dirname(join(workDir, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(workDir, file));
  }
  // pnpm's links are relative (`../../../node_modules/.pnpm/...`), so they resolve inside the copy too.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(workDir, 'node_modules'));
  for (const dir of readdirSync(join(REPO_ROOT, 'packages'))) {
    const modules = join(REPO_ROOT, 'packages', dir, 'node_modules');
    if (existsSync(modules)) {
      cpSync(modules, join(workDir, 'packages', dir, 'node_modules'), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (source) => !source.includes('.vite'),
      });
    }
  }

  mkdirSync(outDir, { recursive: true });
  const packed: PackedPackage[] = [];
  for (const dir of publishedPackageDirs()) {
    const packageDir = join(workDir, 'packages', dir);
    const { stdout } = await run('pnpm', ['pack', '--pack-destination', outDir], { cwd: packageDir });
    const tarball = stdout.trim().split('\n').at(-1)!.trim();
    const { stdout: table } = await run('tar', ['-tvzf', tarball], { cwd: outDir });
    const files = new Map<string, string>();
    let unpackedBytes = 0;
    for (const line of table.trim().split('\n')) {
      // -rw-r--r-- 0/0   10830 1985-10-26 08:15 package/dist/index.js
      const [mode = '', , size = '0', , , path = ''] = line.trim().split(/\s+/);
      files.set(path.replace(/^package\//, ''), mode);
      unpackedBytes += Number(size);
    }
    packed.push({
      dir,
      workspaceManifest: JSON.parse(readFileSync(join(REPO_ROOT, 'packages', dir, 'package.json'), 'utf8')),
      tarball,
      packedBytes: statSync(tarball).size,
      unpackedBytes,
      files,
    });
  }
  return packed;
}

/**
 * The tarball sizes as a small table, for the test output and `pnpm size:tarballs`.
 *
 * @example
 * console.log(formatSizes(packed));
 */
export function formatSizes(packed: readonly PackedPackage[]): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const rows = packed.map((each) => [
    String(each.workspaceManifest.name),
    kB(each.packedBytes),
    kB(each.unpackedBytes),
    String(each.files.size),
  ]);
  const header = ['package', 'tarball (gzip)', 'unpacked', 'files'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  return [header, ...rows]
    .map((row) =>
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '),
    )
    .join('\n');
}
