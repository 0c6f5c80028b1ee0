import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { resolveWorkspaceSources, testSequence } from '../../vitest.shared.js';

export default defineProject({
  ...resolveWorkspaceSources,
  plugins: [react()],
  test: {
    sequence: testSequence,
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/**/*.browser.test.tsx'],
    setupFiles: ['./src/test/setup.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.tsx'], tsconfig: './tsconfig.typecheck.json' },
  },
});
