import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const shared = globalThis as { portalkitPackagesBuilt?: Promise<void> };

/*
 * The runtime tests and the Next.js example use the packages as users get them: the built `dist`,
 * through each package's `exports`. So the packages are built first, once per run: every project's
 * global setup runs in Vitest's main process, and they share one build there. `PORTALKIT_PREBUILT=1`
 * skips it when `pnpm build` has just run (handy while working on these tests, never in CI).
 */
export default function buildPackages(): Promise<void> {
  if (process.env.PORTALKIT_PREBUILT === '1') return Promise.resolve();
  shared.portalkitPackagesBuilt ??= new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', './packages/*', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pnpm build failed (exit ${code}):\n${output}`))));
  });
  return shared.portalkitPackagesBuilt;
}
