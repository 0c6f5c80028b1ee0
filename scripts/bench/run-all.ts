/*
 * `pnpm bench`: the throughput bench (`portal-handler.ts`, given the command's flags), then the latency
 * bench (`latency.ts`) with its defaults; each also runs alone (`pnpm bench:throughput`, `pnpm bench:latency`).
 * Run one after the other, never together: each measures a machine the other is not loading.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs: [script: string, args: string[]][] = [
  ['portal-handler.ts', process.argv.slice(2)],
  ['latency.ts', []],
];
for (const [script, args] of runs) {
  // The same Node flags (tsx's loader, the source condition) as this process.
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL(script, import.meta.url)), ...args], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log();
}
