import { defineConfig, type Rolldown, type UserConfig } from 'tsdown';

const shared: UserConfig = { sourcemap: true, target: 'es2022', fixedExtension: false };

/*
 * The CLI (`stripe-emulator`, ESM only) imports the emulator from the package's own entry instead of
 * bundling a second copy of it: the two imports of `src/cli.ts` that the entry also exports resolve to
 * `./index.js`. Two builds with one entry each, so nothing is split into a hashed chunk and stack traces
 * name `dist/index.js`.
 */
const cliUsesTheEntry: Rolldown.Plugin = {
  name: 'cli-uses-the-entry',
  resolveId(source, importer) {
    if (/^\.\/(create-stripe-emulator|seed\/demo)$/.test(source) && importer?.endsWith('cli.ts'))
      return { id: './index.js', external: true };
    return undefined;
  },
};

// tsdown cleans `dist` once, before both builds run.
export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: { sourcemap: true }, clean: true },
  { ...shared, entry: { cli: 'src/cli.ts' }, format: ['esm'], dts: false, plugins: [cliUsesTheEntry] },
]);
