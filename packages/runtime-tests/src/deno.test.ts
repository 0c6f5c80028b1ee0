import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { checkHealth, itServesBilling } from './testing/billing-spec';
import { startProcess } from './testing/start-process';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const DENO = fileURLToPath(new URL('../node_modules/.bin/deno', import.meta.url));

describe('the built handlers on Deno', () => {
  itServesBilling({
    start: (env) =>
      startProcess(DENO, ['run', '--sloppy-imports', '--allow-net', '--allow-env', '--allow-read', 'src/app/deno-server.ts'], {
        cwd: APP_DIR,
        // Deno reads the npm packages from node_modules, as pnpm installed them; --sloppy-imports lets
        // the app import `./billing-app` without an extension, as the TypeScript config expects.
        env: { ...env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
      }),
    checkRuntime: checkHealth(/^Deno\/2\./),
  });
});
