import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { itServesBilling } from './support/billing-spec';
import { startProcess } from './support/start-process';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const BUN = fileURLToPath(new URL('../node_modules/.bin/bun', import.meta.url));

describe('the built handlers on Bun', () => {
  itServesBilling({
    userAgent: /^Bun\/1\./,
    start: (env) => startProcess(BUN, ['src/app/bun-server.ts'], { cwd: APP_DIR, env }),
    loadedBuiltServer: (serverEntry) => expect(serverEntry).toMatch(/\/packages\/server\/dist\/index\.js$/),
  });
});
