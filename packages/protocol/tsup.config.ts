import { defineConfig } from 'tsup';

// ESM for `import`, CommonJS for `require()`, each with its own types (.d.ts / .d.cts) and source maps.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
});
