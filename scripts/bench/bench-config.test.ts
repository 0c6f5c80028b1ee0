import { describe, expect, it } from 'vitest';
import { readBenchConfig } from './bench-config';

describe('readBenchConfig', () => {
  it('defaults to 50 connections, 10 s runs, 2 rounds, 3 s warm-up', () => {
    expect(readBenchConfig([], {})).toEqual({ connections: 50, duration: 10, rounds: 2, warmup: 3 });
  });

  it('takes flags over environment variables', () => {
    const config = readBenchConfig(['--duration', '2', '--warmup=0'], { BENCH_DURATION: '5', BENCH_ROUNDS: '1' });
    expect(config).toEqual({ connections: 50, duration: 2, rounds: 1, warmup: 0 });
  });

  it('refuses values that are not whole numbers, and unknown flags', () => {
    expect(() => readBenchConfig(['--duration', '0'], {})).toThrow(/--duration .* integer >= 1/);
    expect(() => readBenchConfig([], { BENCH_CONNECTIONS: '5x' })).toThrow(/BENCH_CONNECTIONS/);
    expect(() => readBenchConfig(['--seconds', '3'], {})).toThrow();
  });
});
