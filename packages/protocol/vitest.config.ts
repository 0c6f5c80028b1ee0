import { defineProject } from 'vitest/config';
import { resolveWorkspaceSources, testSequence } from '../../vitest.shared.js';

export default defineProject({
  ...resolveWorkspaceSources,
  test: {
    sequence: testSequence,
    name: 'protocol',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: '../../tsconfig.json' },
  },
});
