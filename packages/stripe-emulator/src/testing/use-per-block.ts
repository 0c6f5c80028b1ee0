import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * A test resource (an emulator, a harness) for the `describe` block this is called in, or the whole
 * file at its top level: started before the block's first test, closed after its last, and prepared by
 * `beforeEachTest` before each test, so no test sees what another left behind (tests run shuffled in CI).
 *
 * @returns A getter for the running resource, which exists only while the block's tests run.
 *
 * @example
 * const running = usePerBlock('The emulator', () => startEmulator(), (r) => r.emulator.reset());
 */
export function usePerBlock<T extends { close(): unknown }>(
  name: string,
  start: () => Promise<T>,
  beforeEachTest: (resource: T) => void,
): () => T {
  let resource: T | undefined;
  const running = (): T => {
    if (!resource) throw new Error(`${name} runs only during the tests of the block that started it.`);
    return resource;
  };
  beforeAll(async () => {
    resource = await start();
  });
  afterAll(() => resource?.close());
  beforeEach(() => beforeEachTest(running()));
  return running;
}
