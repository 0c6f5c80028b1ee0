/*
 * The billing app on Bun: `bun src/app/bun-server.ts`. Prints `listening on <url>` once it accepts requests.
 */
import { createBillingApp } from './billing-app';

declare const Bun: {
  serve(options: { port: number; hostname: string; fetch: (request: Request) => Promise<Response> }): { url: URL };
};

const server = Bun.serve({
  port: 0,
  hostname: '127.0.0.1',
  fetch: createBillingApp(process.env, import.meta.resolve('@portalkit/server')),
});
console.log(`listening on ${server.url.origin}`);
