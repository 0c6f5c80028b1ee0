/*
 * The in-app figure of `pnpm size` a second way: through Vite 8 with its production defaults (Rolldown,
 * Oxc's minifier), the bundler the demo app builds with. Printed for information next to the esbuild
 * headline, which the goal stays on: one bundler's output is not every app's.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions, type Rolldown } from 'vite';

/** Bundles `contents` (a JSX module importing the package from `root`) as a Vite app's production build. */
export async function measureInVite(contents: string, root: string): Promise<{ minified: number; gzipped: number }> {
  // A file name in `root` that does not exist: the plugin serves it, and Vite transforms it as the app's JSX.
  const appId = join(root, 'size-app.jsx');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'error',
    mode: 'production',
    resolve: { conditions: [...defaultClientConditions, 'portalkit-source'] },
    plugins: [
      { name: 'size-app', resolveId: (id) => (id === appId ? id : null), load: (id) => (id === appId ? contents : null) },
    ],
    build: { write: false, modulePreload: false, reportCompressedSize: false, rolldownOptions: { input: appId } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const code = Buffer.from(
    outputs
      .flatMap(({ output }) => output)
      .flatMap((chunk) => (chunk.type === 'chunk' ? [chunk.code] : []))
      .join(''),
  );
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}
