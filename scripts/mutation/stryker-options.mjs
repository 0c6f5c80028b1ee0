/*
 * What both mutation runs share. Each run writes its reports under reports/mutation/<name>.* (git-ignored)
 * and prints a per-file score table at the end (the clear-text reporter).
 */

/**
 * @param {string} name the run's name, used for its report files
 * @param {string[]} mutate the files to mutate, relative to the repo root
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function mutationOptions(name, mutate) {
  return {
    mutate,
    testRunner: 'vitest',
    vitest: { configFile: `scripts/mutation/vitest.${name}.config.ts` },
    // Only the tests that ran a mutant's line run against it.
    coverageAnalysis: 'perTest',
    // The machine has two cores, shared with other work; one worker keeps the run out of their way.
    // `pnpm test:mutation -- --concurrency 2` on an idle machine.
    concurrency: 1,
    // A mutant that makes a test hang counts as killed (Timeout) after this margin over its dry-run time.
    timeoutMS: 10_000,
    thresholds: { high: 95, low: 85, break: null },
    reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
    // Survivors are listed without the tests that ran them (the HTML report has those), then the table.
    clearTextReporter: { reportScoreTable: true, reportMutants: true, logTests: false },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    // `pnpm test:mutation --incremental` re-tests only the mutants whose code or tests changed.
    incrementalFile: `reports/mutation/${name}-incremental.json`,
    // The sandbox copies the repo; these folders hold nothing the mutated packages' tests read.
    ignorePatterns: ['apps', 'storybook-static', 'reports', 'test-results', 'coverage', 'scripts/mutation/node_modules'],
    // Vitest transpiles without type checks anyway; Stryker's `// @ts-nocheck` banner would change files
    // whose first line a test reads (the React entry's 'use client').
    disableTypeChecks: false,
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
    plugins: ['@stryker-mutator/vitest-runner'],
  };
}
