import { createSecret } from './ids';
import type { StripeEmulatorOptions } from './options';

/** What the command line asked for. */
export interface CliArgs {
  port: number;
  host: string;
  webhooks: string[];
  webhookSecret?: string;
  apiKey?: string;
  allowedHosts: string[];
  publicUrl?: string;
  sessionTtlSeconds?: number;
  seed: 'demo' | 'empty';
  quiet: boolean;
  help: boolean;
}

/** The `--help` text. */
export const USAGE = `Usage: stripe-emulator [options]

Runs an offline stand-in for part of the Stripe API, with hosted portal pages and signed webhooks.

Options:
  --port <n>             Port to listen on (env PORT; default 12111; 0 picks a free one)
  --host <name>          Interface to bind (default 127.0.0.1)
  --webhook <url>        Send signed events to this URL (repeatable)
  --webhook-secret <s>   Sign webhooks with this whsec_ secret (default: a new one each start)
  --api-key <key>        The secret key clients must send (env STRIPE_EMULATOR_API_KEY;
                         default: a new random sk_test_... each start, printed below)
  --public-url <url>     Base URL for portal session links (default: the listening URL)
  --allowed-host <name>  Also answer requests for this Host name (repeatable); the emulator
                         answers only loopback names and its public URL's host otherwise
  --session-ttl <secs>   Lifetime of an unvisited portal session link (default 300)
  --seed demo|empty      Starting data (default demo)
  --quiet                Do not log requests and deliveries
  --help                 Show this help
`;

/**
 * Parses `argv` (without node and the script) and the environment. Throws an Error with a message
 * fit for the terminal on a bad flag.
 *
 * @example
 * parseCliArgs(['--port', '4242', '--webhook', 'http://127.0.0.1:3000/webhooks'], process.env);
 */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>): CliArgs {
  const args: CliArgs = {
    port: 12111,
    host: '127.0.0.1',
    webhooks: [],
    allowedHosts: [],
    seed: 'demo',
    quiet: false,
    help: false,
  };
  if (env.PORT) args.port = toPort(env.PORT, 'PORT');
  if (env.STRIPE_EMULATOR_API_KEY) args.apiKey = env.STRIPE_EMULATOR_API_KEY;
  const rest = [...argv];
  while (rest.length > 0) {
    const raw = rest.shift() as string;
    const [flag, inline] =
      raw.startsWith('--') && raw.includes('=')
        ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
        : [raw, undefined];
    const value = () => {
      const next = inline ?? rest.shift();
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value. See --help.`);
      return next;
    };
    switch (flag) {
      case '--port':
        args.port = toPort(value(), '--port');
        break;
      case '--host':
        args.host = value();
        break;
      case '--webhook':
        args.webhooks.push(value());
        break;
      case '--webhook-secret':
        args.webhookSecret = value();
        break;
      case '--api-key':
        args.apiKey = value();
        break;
      case '--public-url':
        args.publicUrl = value();
        break;
      case '--allowed-host':
        args.allowedHosts.push(value());
        break;
      case '--session-ttl':
        args.sessionTtlSeconds = toPositive(value(), '--session-ttl');
        break;
      case '--seed': {
        const seed = value();
        if (seed !== 'demo' && seed !== 'empty') throw new Error(`--seed takes demo or empty, not ${seed}.`);
        args.seed = seed;
        break;
      }
      // `pnpm emulator -- --port 1` passes the separator through.
      case '--':
        break;
      case '--quiet':
        args.quiet = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new Error(`Unknown option ${raw}. See --help.`);
    }
  }
  return args;
}

/**
 * The emulator's options for what the command line asked for. Without `--api-key` (or
 * `STRIPE_EMULATOR_API_KEY`) the key is new and random on every start: the programmatic default
 * `sk_test_emulator` is public, and a process listening on a port should not answer to it.
 *
 * @example
 * createStripeEmulator(toEmulatorOptions(parseCliArgs(process.argv.slice(2), process.env), console.log));
 */
export function toEmulatorOptions(args: CliArgs, log?: (line: string) => void): StripeEmulatorOptions {
  return {
    webhookEndpoints: args.webhooks,
    seed: args.seed,
    apiKey: args.apiKey ?? createSecret('sk_test_'),
    allowedHosts: args.allowedHosts,
    ...(args.webhookSecret ? { webhookSecret: args.webhookSecret } : {}),
    ...(args.publicUrl ? { publicUrl: args.publicUrl } : {}),
    ...(args.sessionTtlSeconds ? { sessionTtlSeconds: args.sessionTtlSeconds } : {}),
    ...(args.quiet || !log ? {} : { log }),
  };
}

function toPort(text: string, name: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port number (0-65535), not ${text}.`);
  return port;
}

function toPositive(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number of seconds, not ${text}.`);
  return value;
}
