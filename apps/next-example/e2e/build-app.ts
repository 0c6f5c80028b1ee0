import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import buildPackages from '../../../packages/runtime-tests/global-setup';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const SECRETS = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_URL', 'APP_URL'];

/**
 * Builds the packages (as users get them), then the app with `next build` and none of its secrets
 * set: Next imports every route module while it collects page data, so a route that builds its
 * Stripe client at import would fail here.
 */
export default async function buildApp(): Promise<void> {
  await buildPackages();
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SECRETS.includes(name)));
  const result = spawnSync(fileURLToPath(new URL('../node_modules/.bin/next', import.meta.url)), ['build'], {
    cwd: APP_DIR,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}
