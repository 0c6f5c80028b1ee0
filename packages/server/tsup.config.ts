import { defineConfig } from 'tsup';

/*
 * ESM for `import`, CommonJS for `require()`, each with its own types (.d.ts / .d.cts) and source maps.
 * No code splitting: the entries share no state, and each file in a stack trace is named after its
 * entry (`dist/adapters/express.js`) rather than a hashed chunk.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'adapters/hono': 'src/adapters/hono.ts',
    'adapters/node': 'src/adapters/node.ts',
    'adapters/express': 'src/adapters/express.ts',
  },
  format: ['esm', 'cjs'],
  splitting: false,
  dts: true,
  sourcemap: true,
  clean: true,
});
