import { defineProject } from 'vitest/config';
import { resolveWorkspaceSources, testSequence } from '../../vitest.shared.js';

export default defineProject({
  ...resolveWorkspaceSources,
  test: {
    sequence: testSequence,
    name: 'stripe-emulator',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // The CLI test spawns a TypeScript process; the rest finish in milliseconds.
    testTimeout: 20_000,
  },
});
