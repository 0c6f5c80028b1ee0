import type { Plugin } from 'vite';

/**
 * The server edge for the pre-hydration browser tests: a Vite middleware that answers a plain form
 * post to `/__form-post/<token>/<kind>` with a small page showing the fields it received and how many
 * posts that token has had, so a test can tell that a click before hydration posted the form, once.
 * (The real handlers answer `303` to Stripe; their form handling is tested in packages/server.)
 *
 * @example
 * export default defineProject({ plugins: [react(), formPostRecorder()], ... });
 */
export function formPostRecorder(): Plugin {
  const posts = new Map<string, number>();
  return {
    name: 'form-post-recorder',
    configureServer(server) {
      server.middlewares.use('/__form-post/', (request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => {
          body += chunk.toString('utf8');
        });
        request.on('end', () => {
          const token = request.url?.split('/')[1] ?? '';
          const count = (posts.get(token) ?? 0) + 1;
          posts.set(token, count);
          const fields = escapeHtml(`${request.method} ${request.url} ${request.headers['content-type']} ${body}`);
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(`<!doctype html><title>Form posted</title><p id="post">${fields}</p><p id="count">${count}</p>`);
        });
      });
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
