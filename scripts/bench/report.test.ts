import { describe, expect, it } from 'vitest';
import { formatEquivalentRatio, formatRatio, type RunSummary } from './report';

function row(route: string, requestsPerSecond: number, serverCpuMicros: number): RunSummary {
  return { route, round: 'all', requestsPerSecond, mean: 10, p50: 10, p97_5: 20, p99: 30, errors: 0, non2xx: 0, serverCpuMicros };
}

describe('bench ratios', () => {
  it('judges the handler against the bare route only', () => {
    expect(formatRatio(row('bare', 1000, 400), row('handler', 940, 440))).toMatch(/^handler \/ bare throughput: 94\.0% \(MISSES the 5% goal\)/);
    expect(formatRatio(row('bare', 1000, 400), row('handler', 950, 440))).toMatch(/^handler \/ bare throughput: 95\.0% \(within the 5% goal\)/);
  });

  it('reports the handler against the bare-equivalent route without a verdict', () => {
    const line = formatEquivalentRatio(row('bare-equivalent', 1000, 400), row('handler', 930, 460));
    expect(line).toBe(
      'handler / bare-equivalent (same body parsing and Stripe parameters, informational): throughput 93.0%, server CPU per request 115.0%',
    );
  });
});
