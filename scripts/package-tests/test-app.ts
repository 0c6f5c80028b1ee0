import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './pack-workspace';
import { run } from './run';

/** The versions the workspace is tested with, so the app installs what CI runs everywhere else. */
export function workspaceVersion(name: string): string {
  const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  const version = root.devDependencies?.[name];
  if (!version) throw new Error(`${name} is not pinned in the root package.json`);
  return version;
}

/** A throwaway app outside the workspace that installs the tarballs with npm, as a user would. */
export interface TestApp {
  dir: string;
  /** `npm install` into the app (registry for third-party packages; npm's cache keeps repeats fast). */
  install(specs: readonly string[]): Promise<void>;
  /** Runs `code` in a child `node` process in the app, as an ES module or as CommonJS; resolves with stdout. */
  node(code: string, type: 'module' | 'commonjs'): Promise<string>;
}

/**
 * Makes an empty app in `dir` (a plain `package.json`, no `type`, no workspace above it).
 *
 * @example
 * const app = createTestApp(join(scratch, 'app'));
 * await app.install([...tarballs, 'stripe@23.1.0']);
 * const keys = await app.node("console.log(Object.keys(require('@portalkit/server')))", 'commonjs');
 */
export function createTestApp(dir: string): TestApp {
  let scripts = 0;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'tarball-test-app', version: '0.0.0', private: true }, null, 2),
  );
  return {
    dir,
    async install(specs) {
      await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], { cwd: dir });
    },
    async node(code, type) {
      scripts += 1;
      const file = join(dir, `check-${scripts}.${type === 'module' ? 'mjs' : 'cjs'}`);
      writeFileSync(file, code);
      return (await run(process.execPath, [file], { cwd: dir })).stdout;
    },
  };
}
