import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import serverProject from '../../packages/server/vitest.config.js';

/*
 * The server project as Stryker's vitest runner needs it: rooted at its package (the runner loads one
 * config file from the repo root, where `src/**` would match nothing), and without the type tests, which
 * no mutant can change and which would run tsc again for every mutant.
 */
export default mergeConfig(serverProject, {
  root: fileURLToPath(new URL('../../packages/server', import.meta.url)),
  test: { typecheck: { enabled: false } },
});
