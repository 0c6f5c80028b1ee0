import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs, toEmulatorOptions } from './cli-args';

// Node loads tsx itself (no tsx CLI in between), so SIGTERM reaches the emulator's own handler: the
// tsx CLI relays signals with a 30 ms handshake and exits 143 when a busy machine misses it.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function start(args: string[]) {
  const spawned = spawn(process.execPath, ['--import', tsx, '--conditions=portalkit-source', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    const apiKey = /API key: +(sk_test_\S+)/.exec(run.output())?.[1] as string;
    expect(apiKey).toMatch(/^sk_test_[A-Za-z0-9_-]{43}$/);
    expect(run.output()).toContain('Webhook secret:  whsec_cli_test');
    expect(run.output()).toContain(
      `new Stripe('${apiKey}', { host: '127.0.0.1', port: ${new URL(url).port}, protocol: 'http' })`,
    );
    const client = (key: string) =>
      new Stripe(key, { host: '127.0.0.1', port: Number(new URL(url).port), protocol: 'http', maxNetworkRetries: 0 });
    // The programmatic default key is public; the CLI must not answer to it.
    await expect(client('sk_test_emulator').customers.list()).rejects.toMatchObject({ statusCode: 401 });
    const stripe = client(apiKey);
    const session = await stripe.billingPortal.sessions.create({
      customer: 'cus_demo_active',
      return_url: 'http://localhost:3000/account',
    });
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
    expect(
      parseCliArgs(['--webhook', 'http://a.test/h', '--webhook=http://b.test/h', '--seed', 'empty'], { PORT: '4242' }),
    ).toMatchObject({
      port: 4242,
      host: '127.0.0.1',
      webhooks: ['http://a.test/h', 'http://b.test/h'],
      seed: 'empty',
    });
    expect(parseCliArgs([], {}).port).toBe(12111);
    expect(parseCliArgs(['--', '--port', '1'], {}).port).toBe(1);
  });

  it('reads the API key and extra host names from flags or the environment', () => {
    expect(
      parseCliArgs(['--api-key', 'sk_test_mine', '--allowed-host', 'stripe.internal', '--allowed-host=b.internal'], {}),
    ).toMatchObject({ apiKey: 'sk_test_mine', allowedHosts: ['stripe.internal', 'b.internal'] });
    expect(parseCliArgs([], { STRIPE_EMULATOR_API_KEY: 'sk_test_env' }).apiKey).toBe('sk_test_env');
    expect(parseCliArgs(['--api-key', 'sk_test_flag'], { STRIPE_EMULATOR_API_KEY: 'sk_test_env' }).apiKey).toBe('sk_test_flag');
  });

  it('gives the emulator a new random API key per start unless one is configured', () => {
    const first = toEmulatorOptions(parseCliArgs([], {})).apiKey;
    const second = toEmulatorOptions(parseCliArgs([], {})).apiKey;
    expect(first).toMatch(/^sk_test_[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect([first, second]).not.toContain('sk_test_emulator');
    expect(toEmulatorOptions(parseCliArgs(['--api-key', 'sk_test_mine'], {})).apiKey).toBe('sk_test_mine');
    expect(toEmulatorOptions(parseCliArgs(['--allowed-host', 'stripe.internal'], {})).allowedHosts).toEqual(['stripe.internal']);
  });

  it('refuses bad values with a message for the terminal', () => {
    expect(() => parseCliArgs(['--port', 'abc'], {})).toThrow('--port must be a port number (0-65535), not abc.');
    expect(() => parseCliArgs(['--webhook'], {})).toThrow('--webhook needs a value. See --help.');
    expect(() => parseCliArgs(['--seed', 'lots'], {})).toThrow('--seed takes demo or empty, not lots.');
  });
});
