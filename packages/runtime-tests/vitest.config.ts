import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { testSequence } from '../../vitest.shared.js';

/*
 * The built handlers on Bun, Deno and workerd, each answering real requests against the Stripe
 * emulator. No `portalkit-source` condition here: the runtimes load `dist` through `exports`, as an
 * installed app would, and the tests themselves only start processes and send requests.
 */
export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    sequence: testSequence,
    name: 'runtimes',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    // Starting a runtime takes a second or two, more on a busy machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
