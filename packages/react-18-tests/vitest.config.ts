import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { resolveWorkspaceSources, testSequence } from '../../vitest.shared.js';

/*
 * @portalkit/react's jsdom tests, run a second time with React 18 (`peerDependencies` promise ^18 || ^19).
 *
 * The tests and sources live in packages/react, whose own `react` is 19. Every specifier that reaches
 * React is pointed at this package's installs instead: React 18 and React DOM 18, and the copies of
 * Testing Library and TanStack Query that pnpm linked against them. One React instance, version 18.
 */
const REACT_18_SPECIFIERS = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  'react-dom/server',
  'react-dom/test-utils',
  '@testing-library/react',
  '@tanstack/react-query',
];

const REACT_PACKAGE_SOURCES = fileURLToPath(new URL('../react/src', import.meta.url));

export default defineProject({
  ...resolveWorkspaceSources,
  resolve: {
    ...resolveWorkspaceSources.resolve,
    alias: REACT_18_SPECIFIERS.map((specifier) => ({
      find: new RegExp(`^${specifier.replace('/', '\\/')}$`),
      replacement: fileURLToPath(import.meta.resolve(specifier)),
    })),
  },
  plugins: [react()],
  test: {
    sequence: testSequence,
    name: 'react-18',
    environment: 'jsdom',
    dir: REACT_PACKAGE_SOURCES,
    include: ['**/*.test.{ts,tsx}'],
    // Stories are checked as Storybook renders them, with the workspace's React 19: its renderer's
    // elements are not React 18's.
    exclude: ['**/*.browser.test.tsx', '**/stories-support/**'],
    setupFiles: ['./assert-react-18.ts', `${REACT_PACKAGE_SOURCES}/test/setup.ts`],
  },
});
