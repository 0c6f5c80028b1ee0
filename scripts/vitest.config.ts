import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { testSequence } from '../vitest.shared.js';

export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    sequence: testSequence,
    name: 'scripts',
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['package-tests/**', '**/node_modules/**'],
  },
});
