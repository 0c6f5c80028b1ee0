import { parseArgs } from 'node:util';

/** How hard and how long the bench drives each route. */
export interface BenchConfig {
  /** Concurrent connections autocannon keeps open. */
  connections: number;
  /** Seconds per measured run. */
  duration: number;
  /** Measured runs per route, alternating bare / bare-equivalent / handler. */
  rounds: number;
  /** Seconds of unmeasured load per route first, so every route is JIT-compiled and connections are warm. */
  warmup: number;
}

const DEFAULTS: BenchConfig = { connections: 50, duration: 10, rounds: 2, warmup: 3 };

/**
 * Reads the config from flags (`--duration 2`), then environment (`BENCH_DURATION=2`), then defaults.
 * A quick run: `pnpm bench --duration 2 --rounds 1 --warmup 1`.
 */
export function readBenchConfig(argv: string[] = process.argv.slice(2), env = process.env): BenchConfig {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.keys(DEFAULTS).map((name) => [name, { type: 'string' }])),
    strict: true,
  });
  const config = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS) as (keyof BenchConfig)[]) {
    const raw = values[name] ?? env[`BENCH_${name.toUpperCase()}`];
    if (raw === undefined) continue;
    const value = Number(raw);
    const least = name === 'warmup' ? 0 : 1;
    if (!Number.isInteger(value) || value < least) {
      throw new Error(`--${name} (or BENCH_${name.toUpperCase()}) must be an integer >= ${least}, got "${String(raw)}".`);
    }
    config[name] = value;
  }
  return config;
}
