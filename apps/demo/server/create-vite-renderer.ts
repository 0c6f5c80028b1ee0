import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, defaultClientConditions, defaultServerConditions, type Connect, type LogLevel } from 'vite';
import type { RenderPage } from './page-data';

// The title is plain text placed in the template by hand, so it is escaped here (React escapes the rest).
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The workspace packages export their TypeScript sources under this condition: no build step. */
const SOURCE_CONDITION = 'portalkit-source';

export interface ViteRendererOptions {
  /** The Node server the demo listens on; Vite's hot-reload socket shares it (no second port). */
  httpServer: Server;
  /** Where Vite keeps its pre-bundled dependencies. @defaultValue Vite's default (`node_modules/.vite`) */
  cacheDir?: string;
  /** @defaultValue `'info'` */
  logLevel?: LogLevel;
}

export interface ViteRenderer {
  /** Serves the front end's modules and assets; calls `next()` for anything else. */
  middlewares: Connect.Server;
  /** Server-renders a page through `src/entry-server.tsx`. */
  renderPage: RenderPage;
  close(): Promise<void>;
}

/**
 * Vite in middleware mode inside the demo's own Node server, so the front end, the API, the portal
 * route and the webhooks share one origin (one cookie, one `Origin` to allow). Pages are rendered on
 * the server (`appType: 'custom'`), so the form variant and the sign-in work with JavaScript off.
 *
 * @example
 * const vite = await createViteRenderer({ httpServer });
 * const { app } = await createDemoApp({ ...options, renderPage: vite.renderPage });
 */
export async function createViteRenderer(options: ViteRendererOptions): Promise<ViteRenderer> {
  const root = fileURLToPath(new URL('../src', import.meta.url));
  const vite = await createServer({
    configFile: false,
    root,
    appType: 'custom',
    logLevel: options.logLevel ?? 'info',
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    plugins: [react()],
    resolve: {
      conditions: [SOURCE_CONDITION, ...defaultClientConditions],
      // The kit's source imports React and TanStack Query from its own folder: one copy of each.
      dedupe: ['react', 'react-dom', '@tanstack/react-query'],
    },
    ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
    server: { middlewareMode: true, hmr: { server: options.httpServer } },
    // Named up front, so a first visit does not trigger a re-bundle and a full reload mid-page.
    optimizeDeps: {
      entries: ['main.tsx'],
      include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', '@tanstack/react-query'],
    },
  });
  const templatePath = `${root}/index.html`;

  const renderPage: RenderPage = async ({ url, page, data }) => {
    const path = new URL(url).pathname;
    const template = await vite.transformIndexHtml(path, await readFile(templatePath, 'utf8'));
    const { render } = (await vite.ssrLoadModule('/entry-server.tsx')) as typeof import('../src/entry-server');
    const { html, title, stateScript } = render(page, url, data);
    return template
      .replace('<!--app-title-->', () => escapeHtml(title))
      .replace('<!--app-html-->', () => html)
      .replace('<!--app-state-->', () => stateScript);
  };

  return { middlewares: vite.middlewares, renderPage, close: () => vite.close() };
}
