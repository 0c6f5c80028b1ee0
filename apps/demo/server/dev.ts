/*
 * `pnpm --filter @portalkit/demo dev` (the root's `npm run demo`): starts the demo on fixed local ports.
 *
 *   DEMO_PORT=5173            the app (pages, API, webhooks, front end), on one origin
 *   EMULATOR_PORT=12111       the offline Stripe emulator, used when STRIPE_SECRET_KEY is not set
 *   STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET   use a Stripe account in test mode instead (both needed)
 *   STRIPE_RETENTION_COUPON   with Stripe: a coupon ID to offer customers who start to cancel
 *   DEMO_COOKIE_SECRET        the key that signs the session cookie (at least 32 characters)
 *   DATABASE_URL              keep the tables on this PostgreSQL server instead of PGlite in apps/demo/.data
 *   DEMO_DATA_DIR             PGlite's folder, when DATABASE_URL is not set
 */
import type { DemoDatabaseLocation } from './database/open-demo-database';
import { DEFAULT_DATA_DIR, startDemo } from './start-demo';

function port(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a port number.`);
  return value;
}

function stripeSettings(): { secretKey: string; webhookSecret: string; retentionCoupon: string | undefined } | undefined {
  const secretKey = process.env.STRIPE_SECRET_KEY;
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secretKey) return undefined;
  if (!/^(sk|rk)_test_/.test(secretKey)) {
    throw new Error('STRIPE_SECRET_KEY must be a test-mode key (sk_test_... or rk_test_...): the demo has a stub login.');
  }
  if (!webhookSecret) {
    throw new Error(
      'Set STRIPE_WEBHOOK_SECRET too: run `stripe listen --forward-to localhost:5173/webhooks/stripe` and copy its whsec_... secret.',
    );
  }
  return { secretKey, webhookSecret, retentionCoupon: process.env.STRIPE_RETENTION_COUPON || undefined };
}

function databaseLocation(): DemoDatabaseLocation {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: process.env.DEMO_DATA_DIR || DEFAULT_DATA_DIR };
}

async function main(): Promise<void> {
  const stripe = stripeSettings();
  const demo = await startDemo({
    database: databaseLocation(),
    port: port('DEMO_PORT', 5173),
    emulatorPort: port('EMULATOR_PORT', 12111),
    ...(stripe ? { stripe } : {}),
    ...(process.env.DEMO_COOKIE_SECRET ? { cookieSecret: process.env.DEMO_COOKIE_SECRET } : {}),
  });

  const lines = ['', '  portalkit demo', '', `  App:     ${demo.url}`];
  if (demo.emulator) {
    lines.push(`  Stripe:  offline emulator at ${demo.emulator.url} (no account, no network)`);
  } else {
    lines.push(
      '  Stripe:  your account, in test mode; forward its webhooks with',
      `           stripe listen --forward-to ${demo.url}/webhooks/stripe`,
    );
  }
  lines.push(`  Data:    ${demo.database}`);
  lines.push('  Sign-in: a STUB login; pick any demo customer', '', '  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (reason: string) => {
    // A second Ctrl-C while closing gives up waiting.
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n  ${reason}: stopping the demo…`);
    void demo.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // A package manager stopped on its own (`kill <pnpm>`) ends only its shell and leaves us orphaned,
  // still holding the ports. Notice that our parent is gone and stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('The command that started the demo has ended');
  }, 1_000).unref();
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `\n  A port the demo needs is taken (${(error as Error).message}). Stop what uses it, or set DEMO_PORT / EMULATOR_PORT.\n`
      : error,
  );
  process.exit(1);
});
