import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import serverProject from '../../packages/server/vitest.config.js';

/*
 * The server project as Stryker's vitest runner needs it: rooted at its package (the runner loads one
 * config file from the repo root, where `src/**` would match nothing), and without the type tests, which
 * no mutant can change and which would run tsc again for every mutant. The fuzz suite is left out too:
 * it covers nearly every line, so it would run (10,000 requests, seconds each time) for nearly every
 * mutant; the specification tests are what a surviving mutant should be measured against.
 */
export default mergeConfig(serverProject, {
  root: fileURLToPath(new URL('../../packages/server', import.meta.url)),
  test: { typecheck: { enabled: false }, exclude: ['**/node_modules/**', 'src/**/*.fuzz.test.ts'] },
});
