import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import reactProject from '../../packages/react/vitest.config.js';

/*
 * The React project (jsdom, React 19) as Stryker's vitest runner needs it: rooted at its package so its
 * globs and setup file resolve, and without the type tests, which no mutant can change.
 */
export default mergeConfig(reactProject, {
  root: fileURLToPath(new URL('../../packages/react', import.meta.url)),
  test: { typecheck: { enabled: false } },
});
