import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { testSequence } from '../../vitest.shared.js';

/*
 * The tarball tests: slow (they build, pack and npm-install every package), so a project of their
 * own with generous timeouts. `pnpm test:tarballs` runs only this.
 */
export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    sequence: testSequence,
    name: 'tarballs',
    environment: 'node',
    include: ['tarballs.test.ts'],
    testTimeout: 5 * 60_000,
    hookTimeout: 20 * 60_000,
  },
});
