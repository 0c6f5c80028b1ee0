/*
 * `pnpm size`: how much `@portalkit/react` adds to an app's bundle. Every entry in the package's
 * `exports` is bundled the way an app's bundler would (minified ESM for the browser, production mode),
 * with React, React DOM and TanStack Query left to the app and `@portalkit/protocol` bundled in from
 * its sources.
 *
 * The goal is on what `ManageBillingButton` adds to an app that already uses TanStack Query (the app
 * bundled whole, with and without the button, default English copy included): at most 3 kB gzipped;
 * and on what `CheckoutButton` adds to that app on top of it: at most 600 B gzipped.
 * The same apps built by Vite 8 (its defaults) and the stand-alone entries are printed after it, for
 * information. `pnpm size --check` exits non-zero when either headline figure is over its goal.
 */
import { readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { measureInVite } from './size-in-vite';
import { gzipCostPerFile, type BundleInput } from './size-per-file';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE_DIR = join(ROOT, 'packages/react');
const GOAL_GZIP_BYTES = 3000;
/** What `CheckoutButton` may add on top of `ManageBillingButton`. */
const CHECKOUT_GOAL_GZIP_BYTES = 600;
const EXTERNAL = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query'];

interface Sized {
  minified: number;
  gzipped: number;
}

interface Measured extends Sized {
  code: Uint8Array;
  /** Minified bytes each source file contributes, in bundle order. */
  inputs: BundleInput[];
}

type Exports = Record<string, string | Record<string, string>>;
const { name, exports } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
  name: string;
  exports: Exports;
};

// `.` and each subpath, from the same source condition the workspace resolves.
const entries = Object.entries(exports).flatMap(([subpath, target]) => {
  const source = typeof target === 'object' ? target['portalkit-source'] : undefined;
  return source ? [{ specifier: posix.join(name, subpath), file: join(PACKAGE_DIR, source) }] : [];
});
const main =
  entries.find(({ specifier }) => specifier === name) ?? missing(`${name} has no "." entry with a portalkit-source condition`);
const subpaths = entries.filter((entry) => entry !== main);

function missing(message: string): never {
  throw new Error(message);
}

async function measure(entry: Pick<BuildOptions, 'entryPoints' | 'stdin'>, external = EXTERNAL): Promise<Measured> {
  const result = await build({
    ...entry,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
    external,
    jsx: 'automatic',
    conditions: ['portalkit-source'],
    // What an app's production build does; dev-only checks drop out.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    code,
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    // esbuild lists a bundle's inputs in the order it emits them.
    inputs: Object.entries(output.inputs)
      .map(([path, { bytesInOutput }]) => ({ path: relative(ROOT, join(ROOT, path)), bytes: bytesInOutput }))
      .filter(({ bytes }) => bytes > 0),
  };
}

/** A module that re-exports `names` (or everything) from each file, as an app's import would. */
function importing(files: string[], names?: string[]): Pick<BuildOptions, 'stdin'> {
  const contents = files
    .map((file) => `export ${names ? `{ ${names.join(', ')} }` : '*'} from ${JSON.stringify(file)};`)
    .join('\n');
  return { stdin: { contents, resolveDir: PACKAGE_DIR, loader: 'ts' } };
}

const mainSize = await measure({ entryPoints: [main.file] });
const rows: Array<{ label: string; size: Measured; note: string }> = [];
rows.push({ label: main.specifier, size: mainSize, note: 'the whole entry, stand-alone (for information)' });
for (const subpath of subpaths) {
  const size = await measure({ entryPoints: [subpath.file] });
  // What the subpath costs an app that already imports the main entry: the shared code counts once.
  const both = await measure(importing([main.file, subpath.file]));
  rows.push({ label: subpath.specifier, size, note: `+${both.gzipped - mainSize.gzipped} gzipped next to ${main.specifier}` });
}
const buttonAlone = await measure(importing([main.file], ['ManageBillingButton']));
const usedAlone = ['BillingPortalProvider', 'ManageBillingButton'];
rows.push({
  label: `{ ${usedAlone.join(', ')} }`,
  size: await measure(importing([main.file], usedAlone)),
  note: 'only these imported, tree-shaken (for information)',
});

/*
 * What the button adds to a real app: the same small app bundled whole (React, React DOM and TanStack
 * Query included) with a hand-written `useMutation` button, then with `ManageBillingButton` instead.
 * Code the app already has and gzip's dictionary are shared, as in an app's bundle, so this is what the
 * bundle grows by: the figure the goal is set on.
 */
const APP_SHELL = `
  import { createRoot } from 'react-dom/client';
  import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
  const client = new QueryClient();
  const render = (button) => createRoot(document.getElementById('root')).render(
    <QueryClientProvider client={client}>{button}</QueryClientProvider>);`;
const appWithout = `${APP_SHELL}
  function PlainButton() {
    const portal = useMutation({ mutationFn: async () => (await fetch('/api/billing/portal', { method: 'POST' })).json() });
    return <button type="button" onClick={() => portal.mutate()}>Manage billing</button>;
  }
  render(<PlainButton />);`;
const appWith = `${APP_SHELL}
  import { ManageBillingButton } from ${JSON.stringify(main.file)};
  render(<ManageBillingButton flow="payment_method_update" />);`;
// Then what `CheckoutButton` adds to that app: it shares the portal button's code, so only its own is new.
const appWithBoth = `${APP_SHELL}
  import { CheckoutButton, ManageBillingButton } from ${JSON.stringify(main.file)};
  render(<><ManageBillingButton flow="payment_method_update" /><CheckoutButton plan="pro_monthly" /></>);`;
const app = (contents: string) => ({ stdin: { contents, resolveDir: PACKAGE_DIR, loader: 'tsx' as const } });
const [without, withButton, withBoth] = await Promise.all([
  measure(app(appWithout), []),
  measure(app(appWith), []),
  measure(app(appWithBoth), []),
]);
const added = { minified: withButton.minified - without.minified, gzipped: withButton.gzipped - without.gzipped };
const within = added.gzipped <= GOAL_GZIP_BYTES;
const checkoutAdded = { minified: withBoth.minified - withButton.minified, gzipped: withBoth.gzipped - withButton.gzipped };
const checkoutWithin = checkoutAdded.gzipped <= CHECKOUT_GOAL_GZIP_BYTES;
// One after another: each is a whole Vite build.
const inVite = [];
for (const contents of [appWithout, appWith, appWithBoth]) inVite.push(await measureInVite(contents, PACKAGE_DIR));
const [viteWithout, viteWith, viteWithBoth] = inVite as [Sized, Sized, Sized];
// The button's own files, gzipped after the app without it: roughly where the headline's bytes go.
const buttonFiles = gzipCostPerFile(without.code, buttonAlone.code, buttonAlone.inputs);

const pad = (value: string | number, width: number) => String(value).padStart(width);
const labelWidth = Math.max(...rows.map(({ label }) => label.length));
console.log(
  `ManageBillingButton adds ${added.gzipped} B gzipped (${added.minified} B minified) to an app that already uses TanStack Query ` +
    `(goal <= ${GOAL_GZIP_BYTES} B gzipped: ${within ? 'within' : 'OVER'}; app ${without.gzipped} -> ${withButton.gzipped} B gzipped, vs a hand-written useMutation button)\n`,
);
console.log(
  `CheckoutButton adds ${checkoutAdded.gzipped} B gzipped (${checkoutAdded.minified} B minified) to an app that already has ManageBillingButton ` +
    `(goal <= ${CHECKOUT_GOAL_GZIP_BYTES} B gzipped: ${checkoutWithin ? 'within' : 'OVER'}; app ${withButton.gzipped} -> ${withBoth.gzipped} B gzipped)\n`,
);
console.log(
  `For information, the same apps built by Vite 8 with its defaults (Rolldown, Oxc's minifier): ManageBillingButton adds ` +
    `${viteWith.gzipped - viteWithout.gzipped} B gzipped (${viteWith.minified - viteWithout.minified} B minified), ` +
    `CheckoutButton ${viteWithBoth.gzipped - viteWith.gzipped} B gzipped more (${viteWithBoth.minified - viteWith.minified} B minified)\n`,
);
console.log(
  'For information, ManageBillingButton in that app, gzipped bytes per file (each file charged what the gzipped app grows by ' +
    'when its minified output is appended after the app without the button and the files before it):',
);
for (const { path, gzipped, bytes } of [...buttonFiles].sort((a, b) => b.gzipped - a.gzipped)) {
  console.log(`  ${pad(gzipped, 6)}  ${path} (${bytes} B minified)`);
}
console.log(
  `  ${pad(
    buttonFiles.reduce((sum, { gzipped }) => sum + gzipped, 0),
    6,
  )}  in all (approximate, beside the headline's ${added.gzipped})\n`,
);
console.log(
  `For information, ${name} stand-alone: minified ESM for the browser, production mode, external: ${EXTERNAL.join(', ')}\n`,
);
console.log(`${main.specifier} (${relative(ROOT, main.file)}), minified bytes per input:`);
for (const { path, bytes } of [...mainSize.inputs].sort((a, b) => b.bytes - a.bytes)) console.log(`  ${pad(bytes, 6)}  ${path}`);
console.log('');
console.log(`${'entry'.padEnd(labelWidth)}  ${pad('minified', 9)}  ${pad('gzipped', 8)}  (gzip level 9)`);
for (const { label, size, note } of rows) {
  console.log(`${label.padEnd(labelWidth)}  ${pad(size.minified, 9)}  ${pad(size.gzipped, 8)}  ${note}`);
}
// `--check` fails the run when a button's in-app cost is over its goal; plain `pnpm size` only reports.
if (process.argv.includes('--check') && !(within && checkoutWithin)) process.exitCode = 1;
