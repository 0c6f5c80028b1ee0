/*
 * `pnpm size`: how much `@portalkit/react` adds to an app's bundle. The button entry is bundled the way
 * an app's bundler would (minified ESM for the browser, production mode), with React, React DOM and
 * TanStack Query left to the app and `@portalkit/protocol` bundled in from its sources.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../packages/react/src/index.ts', import.meta.url));
const GOAL_GZIP_BYTES = 3000;

const result = await build({
  entryPoints: [ENTRY],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'error',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
  conditions: ['portalkit-source'],
  // What an app's production build does; dev-only checks drop out.
  define: { 'process.env.NODE_ENV': '"production"' },
});

const code = result.outputFiles[0]!.contents;
const gzipped = gzipSync(code, { level: 9 }).byteLength;
const output = Object.values(result.metafile.outputs)[0]!;
const inputs = Object.entries(output.inputs)
  .map(([path, { bytesInOutput }]) => ({ path: path.replace(/^.*?(packages\/)/, '$1'), bytes: bytesInOutput }))
  .filter(({ bytes }) => bytes > 0)
  .sort((a, b) => b.bytes - a.bytes);

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log('@portalkit/react (packages/react/src/index.ts), external: react, react-dom, @tanstack/react-query\n');
console.log('largest inputs, minified bytes in the bundle:');
for (const { path, bytes } of inputs) console.log(`  ${pad(bytes, 6)}  ${path}`);
console.log('');
console.log(`minified: ${pad(code.byteLength, 6)} bytes`);
console.log(`gzipped:  ${pad(gzipped, 6)} bytes (level 9)`);
console.log(`goal:     ${pad(GOAL_GZIP_BYTES, 6)} bytes gzipped (3 kB) -> ${gzipped <= GOAL_GZIP_BYTES ? 'within' : 'OVER'}`);
// `--check` fails the run when over the goal, for CI; plain `pnpm size` only reports.
if (process.argv.includes('--check') && gzipped > GOAL_GZIP_BYTES) process.exitCode = 1;
