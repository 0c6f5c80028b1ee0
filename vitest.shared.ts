import { defaultClientConditions, defaultServerConditions } from 'vite';

/*
 * Workspace packages export `portalkit-source` -> `src/*.ts`, so tests, the demo and Storybook run
 * the TypeScript sources directly, with no build step in between.
 */
export const SOURCE_CONDITION = 'portalkit-source';

/** Vite/Vitest `resolve` settings that pick the source condition in browser and Node code alike. */
export const resolveWorkspaceSources = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
};

/**
 * Debian's Chromium, never a downloaded browser. The networking flags stop it from calling hosts this
 * sandboxed machine cannot reach. `CHROMIUM_PATH` points elsewhere on machines without it.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-quic',
    '--no-first-run',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/*
 * In CI every project runs its files and tests in a random order, so a test that leans on another's
 * leftovers fails there instead of hiding. One seed per run, printed, and `TEST_SEED=<n>` replays it.
 */
const seed = Number(process.env.TEST_SEED) || Date.now() % 1_000_000;
const shuffled = Boolean(process.env.CI) || process.env.TEST_SEED !== undefined;
// Printed by Vitest's own process only (it sets VITEST before loading configs), not by Storybook's build.
if (shuffled && process.env.TEST_SEED === undefined && process.env.VITEST) {
  console.log(`Tests run in random order, seed ${seed} (replay with TEST_SEED=${seed}).`);
  // Worker processes load this file again; they inherit the seed instead of drawing their own.
  process.env.TEST_SEED = String(seed);
}

/** Vitest `test.sequence` for every project: shuffled in CI (or with `TEST_SEED`), in file order otherwise. */
export const testSequence = shuffled ? { shuffle: { files: true, tests: true }, seed } : {};
