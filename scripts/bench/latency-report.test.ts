import { describe, expect, it } from 'vitest';
import { formatLatencyTable, percentile } from './latency-report';

describe('latency report', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 200 }, (_, index) => 200 - index);
    expect(percentile(samples, 50)).toBe(100);
    expect(percentile(samples, 99)).toBe(198);
    expect(percentile([7], 99)).toBe(7);
    expect(() => percentile([], 50)).toThrow(/no samples/);
  });

  it('judges only the projected handler, against 1.1 x one Stripe call at p50 and p99', () => {
    const table = formatLatencyTable(
      [
        { route: 'handler', flow: 'subscription_cancel', p50: 302, p99: 320 },
        { route: 'handler + projection', flow: 'subscription_cancel', p50: 152, p99: 165 },
        { route: 'handler + projection', flow: 'subscription_pause', p50: 152, p99: 166 },
      ],
      { p50: 151, p99: 150 },
    );
    const [, , plain, within, misses] = table.split('\n');
    expect(plain).toMatch(/^handler\s+subscription_cancel\s+302\.0\s+320\.0\s+2\.00 x\s+2\.13 x\s*$/);
    expect(within).toMatch(/1\.01 x\s+1\.10 x\s+within$/);
    expect(misses).toMatch(/1\.11 x\s+MISSES$/);
  });
});
