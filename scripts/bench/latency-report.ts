/** What one route took for one flow, in milliseconds to the session URL. */
export interface LatencyRow {
  route: string;
  flow: string;
  p50: number;
  p99: number;
}

/** The goal: with the projection, every flow within this multiple of one Stripe call. */
export const PROJECTED_GOAL = 1.1;

/**
 * The `p`th percentile of `samples` by the nearest-rank method (the smallest sample that at least p% of
 * all samples do not exceed), so p99 of 200 samples is the 198th fastest, not an interpolation.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A plain-text table: p50 and p99 per route and flow, each also as a multiple of one Stripe call's, and
 * for the projected handler whether it is within the goal.
 */
export function formatLatencyTable(rows: readonly LatencyRow[], oneCall: { p50: number; p99: number }): string {
  const header = ['route', 'flow', 'p50 ms', 'p99 ms', 'p50 / 1 call', 'p99 / 1 call', 'goal'];
  const cells = rows.map((row) => {
    const ratios = [row.p50 / oneCall.p50, row.p99 / oneCall.p99];
    const judged = row.route.includes('projection');
    const verdict = !judged ? '' : ratios.every((ratio) => ratio <= PROJECTED_GOAL) ? 'within' : 'MISSES';
    return [
      row.route,
      row.flow,
      row.p50.toFixed(1),
      row.p99.toFixed(1),
      ...ratios.map((ratio) => `${ratio.toFixed(2)} x`),
      verdict,
    ];
  });
  const lines = [header, ...cells];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const format = (line: string[]) =>
    line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(format)].join('\n');
}
