import { defineConfig, type UserConfig } from 'tsdown';

/*
 * ESM for `import`, CommonJS for `require()`, each with its own types (.d.ts / .d.cts), source maps and
 * declaration maps back to `src/`. One build per entry, so nothing is split into shared chunks: the
 * entries share no state, and each file in a stack trace is named after its entry
 * (`dist/adapters/express.js`) rather than a hashed chunk. The dependencies and peers stay external.
 */
const ENTRIES = {
  index: 'src/index.ts',
  'adapters/hono': 'src/adapters/hono.ts',
  'adapters/node': 'src/adapters/node.ts',
  'adapters/express': 'src/adapters/express.ts',
  postgres: 'src/postgres/index.ts',
  redis: 'src/redis/index.ts',
};

const build = (name: string, source: string): UserConfig => ({
  entry: { [name]: source },
  format: ['esm', 'cjs'],
  fixedExtension: false,
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
});

export default defineConfig(Object.entries(ENTRIES).map(([name, source]) => build(name, source)));
