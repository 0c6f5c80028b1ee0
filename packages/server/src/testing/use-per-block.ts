import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * A test resource (a server, a fake) for the `describe` block this is called in, or the whole file at
 * its top level: started before the block's first test, closed after its last, and prepared by
 * `beforeEachTest` before each test so no test sees what the last one left behind.
 *
 * @returns A getter for the running resource, which exists only while the block's tests run.
 *
 * @example
 * const fake = usePerBlock('The fake Stripe', startFakeStripe, (fake) => fake.reset());
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
