import { defineProject } from 'vitest/config';
import { resolveWorkspaceSources, testSequence } from '../../vitest.shared.js';

/*
 * The demo's tests: small server-level tests beside the server code, tests of the front end's pure
 * logic beside it (what the pages compute; no DOM), and end-to-end tests that start
 * the whole demo in this process (so its logs pass the suite's session-URL guard) and drive Chromium.
 * One file at a time: each end-to-end file runs a demo, an emulator and a browser.
 */
export default defineProject({
  ...resolveWorkspaceSources,
  test: {
    sequence: testSequence,
    name: 'demo-e2e',
    environment: 'node',
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
