import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { itServesBilling } from './support/billing-spec';
import { startProcess } from './support/start-process';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const DENO = fileURLToPath(new URL('../node_modules/.bin/deno', import.meta.url));

describe('the built handlers on Deno', () => {
  itServesBilling({
    userAgent: /^Deno\/2\./,
    start: (env) =>
      startProcess(DENO, ['run', '--sloppy-imports', '--allow-net', '--allow-env', '--allow-read', 'src/app/deno-server.ts'], {
        cwd: APP_DIR,
        // Deno reads the npm packages from node_modules, as pnpm installed them; --sloppy-imports lets
        // the app import `./billing-app` without an extension, as the TypeScript config expects.
        env: { ...env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
      }),
    loadedBuiltServer: (serverEntry) => expect(serverEntry).toMatch(/\/packages\/server\/dist\/index\.js$/),
  });
});
