import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { checkHealth, itServesBilling } from './testing/billing-spec';
import { startProcess } from './testing/start-process';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const BUN = fileURLToPath(new URL('../node_modules/.bin/bun', import.meta.url));

describe('the built handlers on Bun', () => {
  itServesBilling({
    start: (env) => startProcess(BUN, ['src/app/bun-server.ts'], { cwd: APP_DIR, env }),
    checkRuntime: checkHealth(/^Bun\/1\./),
  });
});
