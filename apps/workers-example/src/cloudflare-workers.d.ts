/*
 * The two pieces of the Workers runtime this example uses. An app with `@cloudflare/workers-types`
 * (or `wrangler types`) has these already; they are declared here to keep the example's installs small.
 */
declare module 'cloudflare:workers' {
  /** The Worker's bindings (vars and secrets), importable at module scope, readable once a request runs. */
  export const env: import('./env').Env;
}
