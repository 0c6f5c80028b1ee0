import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { resolveWorkspaceSources, testSequence } from '../vitest.shared.js';

export default defineProject({
  // The bench's tests import the workspace packages' sources, as the benches themselves do.
  ...resolveWorkspaceSources,
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    sequence: testSequence,
    name: 'scripts',
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['package-tests/**', '**/node_modules/**'],
  },
});
