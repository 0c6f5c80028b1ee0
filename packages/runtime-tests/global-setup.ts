import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/*
 * The runtime tests use the packages as users get them: the built `dist`, through each package's
 * `exports`. So the packages are built first, once per run. `PORTALKIT_PREBUILT=1` skips it when
 * `pnpm build` has just run (handy while working on these tests, never in CI).
 */
export default function buildPackages(): void {
  if (process.env.PORTALKIT_PREBUILT === '1') return;
  const result = spawnSync('pnpm', ['--filter', './packages/*', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`pnpm build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
