import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function start(args: string[]) {
  const spawned = spawn(process.execPath, [tsx, '--conditions=portalkit-source', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child = spawned;
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    spawned.stdout.on('data', onData);
    spawned.stderr.on('data', onData);
    spawned.once('exit', () => reject(new Error(`the CLI exited before listening:\n${output}`)));
  });
  // A test that expects an early exit never awaits `url`; its rejection is expected there.
  url.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => spawned.once('exit', (code) => resolve(code)));
  const waitFor = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => (output.includes(text) ? resolve() : spawned.stdout.once('data', () => setImmediate(check)));
      check();
    });
  return { output: () => output, url, exit, waitFor };
}

describe('the stripe-emulator CLI', () => {
  it('starts with demo data, prints what the SDK needs, serves it, and stops cleanly on SIGTERM', async () => {
    const run = start(['--port', '0', '--webhook-secret', 'whsec_cli_test']);
    const url = await run.url;
    expect(run.output()).toContain('API key:         sk_test_emulator');
    expect(run.output()).toContain('Webhook secret:  whsec_cli_test');
    expect(run.output()).toMatch(/new Stripe\('sk_test_emulator', \{ host: '127\.0\.0\.1', port: \d+, protocol: 'http' \}\)/);
    const stripe = new Stripe('sk_test_emulator', { host: '127.0.0.1', port: Number(new URL(url).port), protocol: 'http', maxNetworkRetries: 0 });
    const session = await stripe.billingPortal.sessions.create({ customer: 'cus_demo_active', return_url: 'http://localhost:3000/account' });
    expect(session.customer).toBe('cus_demo_active');
    await run.waitFor('POST /v1/billing_portal/sessions -> 200');
    expect(run.output()).not.toContain('/p/session/');
    child?.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.output()).toContain('SIGTERM: stopping the Stripe emulator.');
  });

  it('exits with 2 and a hint on an unknown option', async () => {
    const run = start(['--colour']);
    expect(await run.exit).toBe(2);
    expect(run.output()).toContain('Unknown option --colour. See --help.');
  });
});

describe('parseCliArgs', () => {
  it('reads flags, repeated webhooks, = syntax and PORT', () => {
    expect(parseCliArgs(['--webhook', 'http://a.test/h', '--webhook=http://b.test/h', '--seed', 'empty'], { PORT: '4242' })).toMatchObject({
      port: 4242,
      host: '127.0.0.1',
      webhooks: ['http://a.test/h', 'http://b.test/h'],
      seed: 'empty',
    });
    expect(parseCliArgs([], {}).port).toBe(12111);
    expect(parseCliArgs(['--', '--port', '1'], {}).port).toBe(1);
  });

  it('refuses bad values with a message for the terminal', () => {
    expect(() => parseCliArgs(['--port', 'abc'], {})).toThrow('--port must be a port number (0-65535), not abc.');
    expect(() => parseCliArgs(['--webhook'], {})).toThrow('--webhook needs a value. See --help.');
    expect(() => parseCliArgs(['--seed', 'lots'], {})).toThrow('--seed takes demo or empty, not lots.');
  });
});
