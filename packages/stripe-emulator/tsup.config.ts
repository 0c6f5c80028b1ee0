import { defineConfig, type Options } from 'tsup';

const shared: Options = { sourcemap: true, splitting: false, target: 'es2022' };

/*
 * The CLI (`stripe-emulator`, ESM only) imports the emulator from the package's own entry instead of
 * bundling a second copy of it: the two imports of `src/cli.ts` that the entry also exports resolve to
 * `./index.js`. No code splitting, so stack traces name `dist/index.js`, not a hashed chunk.
 */
const cliUsesTheEntry: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'cli-uses-the-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\/(create-stripe-emulator|seed\/demo)$/ }, (args) =>
      args.importer.endsWith('cli.ts') ? { path: './index.js', external: true } : undefined,
    );
  },
};

// The two builds run side by side: the first one's clean must spare the CLI the second one writes.
export default defineConfig([
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true, clean: ['!cli.js', '!cli.js.map'] },
  { ...shared, entry: { cli: 'src/cli.ts' }, format: ['esm'], esbuildPlugins: [cliUsesTheEntry] },
]);
