#!/usr/bin/env node
import { parseCliArgs, toEmulatorOptions, USAGE } from './cli-args';
import { createStripeEmulator } from './create-stripe-emulator';
import { DEMO_IDS } from './seed/demo';

/*
 * `pnpm emulator`: the emulator on a port, with demo data, printing what an app needs to use it (a
 * random API key and webhook secret unless given). Request and delivery lines never include portal
 * session tokens.
 */
async function main(): Promise<void> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const emulator = createStripeEmulator(toEmulatorOptions(args, (line) => console.log(`  ${line}`)));
  const { url } = await emulator.listen(args.port, args.host);
  const { hostname, port } = new URL(url);
  console.log(
    [
      `Stripe emulator listening on ${url} (offline; not Stripe; no money moves)`,
      `  API key:         ${emulator.apiKey}${args.apiKey ? '' : '  (new each start; fix it with --api-key or STRIPE_EMULATOR_API_KEY)'}`,
      `  Webhook secret:  ${emulator.webhooks.secret}`,
      `  Webhooks to:     ${args.webhooks.length > 0 ? args.webhooks.join(', ') : 'none (add with --webhook <url>)'}`,
      '',
      'Point the stripe SDK at it:',
      `  new Stripe('${emulator.apiKey}', { host: '${hostname}', port: ${port}, protocol: 'http' })`,
      '',
      args.seed === 'demo' ? `Demo customers: ${Object.values(DEMO_IDS.customers).join(', ')}` : 'No seed data (--seed empty).',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the Stripe emulator.`);
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`The Stripe emulator could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
