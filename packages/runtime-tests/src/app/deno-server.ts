/*
 * The billing app on Deno: `deno run --sloppy-imports --allow-net --allow-env --allow-read src/app/deno-server.ts`. Prints
 * `listening on <url>` once it accepts requests.
 */
import { createBillingApp } from './billing-app';

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(
    options: { port: number; hostname: string; onListen(address: { hostname: string; port: number }): void },
    handler: (request: Request) => Promise<Response>,
  ): unknown;
};

Deno.serve(
  {
    port: 0,
    hostname: '127.0.0.1',
    onListen: ({ hostname, port }) => console.log(`listening on http://${hostname}:${port}`),
  },
  createBillingApp(Deno.env.toObject(), import.meta.resolve('@portalkit/server')),
);
