import { defineProject } from 'vitest/config';
import { resolveWorkspaceSources } from '../../vitest.shared.js';

export default defineProject({
  ...resolveWorkspaceSources,
  test: {
    name: 'protocol',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: '../../tsconfig.json' },
  },
});
