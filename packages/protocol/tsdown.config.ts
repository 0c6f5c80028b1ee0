import { defineConfig } from 'tsdown';

// ESM for `import`, CommonJS for `require()`, each with its own types (.d.ts / .d.cts), source maps and
// declaration maps that lead "go to definition" to the files under `src/`.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  fixedExtension: false,
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
});
