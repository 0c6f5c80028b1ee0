/**
 * Runs at most one `work` per key at a time: a caller that comes while one runs gets the same promise.
 * The key is forgotten once the work settles, so a later call (a retry after a failure, too) runs afresh.
 *
 * @example
 * const flight = createSingleFlight<string>();
 * const [a, b] = await Promise.all([flight.run('k', make), flight.run('k', make)]); // make ran once; a === b
 */
export function createSingleFlight<T>(): { run(key: string, work: () => Promise<T>): Promise<T> } {
  const running = new Map<string, Promise<T>>();
  return {
    run(key, work) {
      const existing = running.get(key);
      if (existing !== undefined) return existing;
      const promise = work().finally(() => running.delete(key));
      running.set(key, promise);
      return promise;
    },
  };
}
