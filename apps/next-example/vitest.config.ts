import { defineProject } from 'vitest/config';
import { testSequence } from '../../vitest.shared.js';

/*
 * The example built with `next build` (no secrets in its environment, as in CI or a Docker build),
 * then served by `next start` and clicked through in Chromium against the Stripe emulator, on the
 * node runtime and on the edge runtime.
 */
export default defineProject({
  test: {
    sequence: testSequence,
    name: 'next-example',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['./e2e/build-app.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
