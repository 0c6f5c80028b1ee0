import { defineConfig } from 'vitest/config';

/*
 * One run for the whole repo: each package brings its own project config, and one summary line
 * (`N passed, N failed`) closes the run for CI.
 */
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      'packages/*/vitest.config.ts',
      'packages/*/vitest.*.config.ts',
      'apps/*/vitest.config.ts',
      '.storybook/vitest.config.*',
      'scripts/vitest.config.ts',
      'scripts/package-tests/vitest.config.ts',
    ],
  },
});
