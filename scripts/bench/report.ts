import autocannon from 'autocannon';

/** An autocannon run, plus the CPU time the server process spent during it. */
export type MeasuredRun = autocannon.RawResult & { serverCpuMicros: number };

/** What one route did over one run, or over all its measured runs together. */
export interface RunSummary {
  route: string;
  round: string;
  requestsPerSecond: number;
  mean: number;
  p50: number;
  p97_5: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU time the server process spent per completed request, in microseconds. */
  serverCpuMicros: number;
}

/**
 * Summarises raw autocannon runs. Several runs are merged exactly: latency histograms are added up, and
 * throughput is all completed requests over all measured seconds (not an average of averages).
 */
export function summarize(route: string, round: string, url: string, runs: MeasuredRun[]): RunSummary {
  const merged = autocannon.aggregateResult(runs, { url });
  const completed = runs.reduce((sum, run) => sum + run.totalCompletedRequests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.duration, 0);
  return {
    route,
    round,
    requestsPerSecond: completed / seconds,
    mean: merged.latency.mean,
    p50: merged.latency.p50,
    p97_5: merged.latency.p97_5,
    p99: merged.latency.p99,
    errors: merged.errors + merged.timeouts,
    non2xx: merged.non2xx,
    serverCpuMicros: runs.reduce((sum, run) => sum + run.serverCpuMicros, 0) / completed,
  };
}

const COLUMNS: [string, (row: RunSummary) => string][] = [
  ['route', (row) => row.route],
  ['round', (row) => row.round],
  ['req/s', (row) => row.requestsPerSecond.toFixed(0)],
  ['mean ms', (row) => row.mean.toFixed(2)],
  ['p50 ms', (row) => row.p50.toFixed(0)],
  ['p97.5 ms', (row) => row.p97_5.toFixed(0)],
  ['p99 ms', (row) => row.p99.toFixed(0)],
  ['errors', (row) => String(row.errors)],
  ['non-2xx', (row) => String(row.non2xx)],
  ['server CPU µs/req', (row) => row.serverCpuMicros.toFixed(0)],
];

/** A plain-text table, one line per row, a rule before the totals. */
export function formatTable(rounds: RunSummary[], totals: RunSummary[]): string {
  const cells = [COLUMNS.map(([title]) => title), ...[...rounds, ...totals].map((row) => COLUMNS.map(([, cell]) => cell(row)))];
  const widths = COLUMNS.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const lines = cells.map((line) =>
    line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '),
  );
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [lines[0], rule, ...lines.slice(1, 1 + rounds.length), rule, ...lines.slice(1 + rounds.length)].join('\n');
}

/**
 * The headline: the handler against the bare route that does the same required work (reads the JSON
 * body for the flow, sends Stripe the same parameters), with the goal of at least 95% of its throughput.
 * What is left of the gap is what the handler's checks cost.
 */
export function formatHeadlineRatio(equivalent: RunSummary, handler: RunSummary): string {
  const throughput = handler.requestsPerSecond / equivalent.requestsPerSecond;
  const verdict = throughput >= 0.95 ? 'within the 95% goal' : 'MISSES the 95% goal';
  return [
    `handler / bare-equivalent throughput: ${percent(throughput)} (${verdict})`,
    `handler / bare-equivalent latency:    mean ${percent(handler.mean / equivalent.mean)}, p50 ${percent(handler.p50 / equivalent.p50)}, p99 ${percent(handler.p99 / equivalent.p99)}`,
    `handler / bare-equivalent server CPU per request: ${percent(handler.serverCpuMicros / equivalent.serverCpuMicros)}`,
  ].join('\n');
}

/**
 * The handler against the plain bare route, which reads no body and sends Stripe fewer parameters
 * than the handler must. For information, no goal.
 */
export function formatBareRatio(bare: RunSummary, handler: RunSummary): string {
  return (
    `handler / bare (no body read, fewer Stripe parameters; for information): ` +
    `throughput ${percent(handler.requestsPerSecond / bare.requestsPerSecond)}, ` +
    `server CPU per request ${percent(handler.serverCpuMicros / bare.serverCpuMicros)}`
  );
}

/** A share as a percentage with one decimal, e.g. `94.0%`. */
function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
