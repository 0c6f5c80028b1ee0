/*
 * JavaScript, not TypeScript: the repository's root `tsc` run reads every `apps/*\/*.ts`, and Next's
 * types would add their globals (a required `process.env.NODE_ENV`) to the whole repository. The app
 * itself is type-checked by `next build`, with its own tsconfig.json.
 *
 * @type {import('next').NextConfig}
 */
const config = {
  poweredByHeader: false,
};

export default config;
