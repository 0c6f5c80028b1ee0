/*
 * The slice of autocannon 9's programmatic API the benchmark uses. The package ships no types and
 * `@types/autocannon` lags behind it; this keeps the bench typed without another dependency.
 */
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string;
      method?: 'GET' | 'POST';
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      pipelining?: number;
      /** Return the raw result (histograms encoded) so several runs can be merged with `aggregateResult`. */
      skipAggregateResult?: boolean;
    }

    /** One run as `skipAggregateResult` returns it: plain data, safe to send between processes. */
    interface RawResult {
      latencies: string;
      totalCompletedRequests: number;
      totalRequests: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      resets: number;
      /** Seconds, to the hundredth. */
      duration: number;
      statusCodeStats: Record<string, { count: number }>;
    }

    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
      totalCount: number;
    }

    interface Result {
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
      statusCodeStats: Record<string, { count: number }>;
    }

    function aggregateResult(results: RawResult[], options?: Partial<Options>): Result;
  }

  function autocannon(options: autocannon.Options & { skipAggregateResult: true }): Promise<autocannon.RawResult>;
  export = autocannon;
}
