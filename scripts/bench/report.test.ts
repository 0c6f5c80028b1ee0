import { describe, expect, it } from 'vitest';
import { formatBareRatio, formatHeadlineRatio, type RunSummary } from './report';

function row(route: string, requestsPerSecond: number, serverCpuMicros: number): RunSummary {
  return { route, round: 'all', requestsPerSecond, mean: 10, p50: 10, p97_5: 20, p99: 30, errors: 0, non2xx: 0, serverCpuMicros };
}

describe('bench ratios', () => {
  it('judges the handler against the bare route that does the same required work, with the 95% goal', () => {
    const equivalent = row('bare-equivalent', 1000, 400);
    expect(formatHeadlineRatio(equivalent, row('handler', 949, 440))).toMatch(
      /^handler \/ bare-equivalent throughput: 94\.9% \(MISSES the 95% goal\)/,
    );
    expect(formatHeadlineRatio(equivalent, row('handler', 950, 440))).toMatch(
      /^handler \/ bare-equivalent throughput: 95\.0% \(within the 95% goal\)/,
    );
  });

  it('reports the handler against the plain bare route without a verdict', () => {
    const line = formatBareRatio(row('bare', 1000, 400), row('handler', 930, 460));
    expect(line).toBe(
      'handler / bare (no body read, fewer Stripe parameters; for information): throughput 93.0%, server CPU per request 115.0%',
    );
  });
});
