import { defineConfig } from 'tsdown';

/*
 * `index` and `form` are client entries (they start with 'use client'); `errors` is server-safe and must
 * not. The entries share chunks, so the form and the button read one React context. Declaration maps,
 * like the source maps, lead back to the files under `src/`.
 */
export default defineConfig({
  entry: { index: 'src/index.ts', form: 'src/form.ts', errors: 'src/errors.ts' },
  format: ['esm', 'cjs'],
  fixedExtension: false,
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
  external: ['react', 'react-dom', '@tanstack/react-query'],
});
