import fc from 'fast-check';

/*
 * The seed of every property run: `FUZZ_SEED` replays one, CI's shuffle seed (`TEST_SEED`) gives each
 * CI run new requests, and a fixed default keeps a local run the same each time.
 */
const DEFAULT_SEED = 20_261_202;

/** The seed property runs use, from `FUZZ_SEED`, else `TEST_SEED`, else a fixed default. */
export function fuzzSeed(): number {
  for (const value of [process.env.FUZZ_SEED, process.env.TEST_SEED]) {
    const seed = Number(value);
    if (value !== undefined && value !== '' && Number.isSafeInteger(seed)) return seed;
  }
  return DEFAULT_SEED;
}

/**
 * `fc.assert` with the suite's seed and a run count, and on failure a message that starts with how to
 * replay it. fast-check's own report follows: the seed, the path, and the shrunk counterexample.
 *
 * @example
 * await assertProperty(fc.asyncProperty(fc.string(), async (text) => expect(await check(text)).toEqual([])), 1_000);
 */
export async function assertProperty<T>(
  property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>,
  numRuns: number,
): Promise<void> {
  const seed = fuzzSeed();
  try {
    await fc.assert(property as fc.IAsyncProperty<T>, { seed, numRuns });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Property failed with seed ${seed} (replay with FUZZ_SEED=${seed}):\n${reason}`, { cause: error });
  }
}
