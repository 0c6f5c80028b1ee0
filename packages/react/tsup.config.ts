import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { defineConfig } from 'tsup';

/*
 * `index` and `form` are client entries (they start with 'use client'); `errors` is server-safe and must
 * not. The client entries share a chunk, so the form and the button read one React context; esbuild
 * names chunks `chunk-<hash>` and the source maps lead back to the files under `src/`.
 */
const CLIENT_ENTRIES = ['index', 'form'];
const DIRECTIVE = '"use client";';

export default defineConfig({
  entry: { index: 'src/index.ts', form: 'src/form.ts', errors: 'src/errors.ts' },
  format: ['esm', 'cjs'],
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  external: ['react', 'react-dom', '@tanstack/react-query'],
  // esbuild keeps an entry's 'use client' at the top of the ESM file, but in the CommonJS one it lands
  // after the `"use strict"` preamble and helpers on line 1, where React Server Components no longer see
  // a directive. Move it to the front of that line: later lines, and so their source maps, stay as they are.
  onSuccess: async () => {
    const dist = new URL('./dist/', import.meta.url);
    for (const entry of CLIENT_ENTRIES) {
      const file = new URL(`${entry}.cjs`, dist);
      const [first = '', ...rest] = (await readFile(file, 'utf8')).split('\n');
      if (!first.includes(DIRECTIVE)) throw new Error(`dist/${entry}.cjs: no 'use client' on its first line`);
      await writeFile(file, [DIRECTIVE + first.replace(DIRECTIVE, ''), ...rest].join('\n'));
    }
    // tsup's CommonJS code splitting names its intermediate file by absolute path in the source maps;
    // a published map must not carry the build machine's folders.
    for (const name of (await readdir(dist)).filter((each) => each.endsWith('.cjs.map'))) {
      const file = new URL(name, dist);
      const map = JSON.parse(await readFile(file, 'utf8')) as { file?: string; sources: string[] };
      map.sources = map.sources.map((source) => (isAbsolute(source) ? basename(source) : source));
      if (map.file && isAbsolute(map.file)) map.file = basename(map.file);
      await writeFile(file, JSON.stringify(map));
    }
  },
});
