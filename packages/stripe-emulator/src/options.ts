import type { ClockMode } from './clock';
import type { WebhookRetryOptions } from './webhooks/delivery-types';
import type { EmulatorSeed } from './seed/seed-types';

/**
 * Options of `createStripeEmulator()`.
 *
 * @example
 * createStripeEmulator({ seed: 'empty', sessionTtlSeconds: 60, webhookRetry: { initialDelayMs: 1 } });
 */
export interface StripeEmulatorOptions {
  /**
   * The secret key clients must send (`Authorization: Bearer <key>`).
   * @defaultValue `'sk_test_emulator'`
   */
  apiKey?: string;
  /**
   * The secret webhooks are signed with; pass it to `stripe.webhooks.constructEventAsync`.
   * @defaultValue a new random `whsec_...` per emulator
   */
  webhookSecret?: string;
  /** URLs that receive every event, signed. More can be added with `webhooks.add(url)`. */
  webhookEndpoints?: readonly string[];
  /** Retries of failed webhook deliveries. Tests pass tiny delays. */
  webhookRetry?: WebhookRetryOptions;
  /**
   * How long an unvisited portal session URL stays valid, in emulator seconds.
   * @defaultValue 300
   */
  sessionTtlSeconds?: number;
  /**
   * The starting data: `'demo'` (see `DEMO_IDS`), `'empty'` (nothing, not even a portal
   * configuration), your own objects, or a function of the clock's start time that returns them.
   * @defaultValue `'demo'`
   */
  seed?: 'demo' | 'empty' | EmulatorSeed | ((now: number) => EmulatorSeed);
  /**
   * The base URL browsers reach the emulator at, for portal session URLs (e.g. behind a proxy).
   * @defaultValue the URL `listen()` bound, or else the origin of the request that made the session
   */
  publicUrl?: string;
  /**
   * How emulator time moves. `'wall'` follows the machine's clock, plus whatever `clock.advance()` and
   * `clock.set()` add, so a long-running emulator (the demo, `pnpm emulator`) stays on real time.
   * `'frozen'` stands still until told to move: for tests that compare exact timestamps or move time
   * in exact steps. Webhook signatures carry wall time in both modes.
   * @defaultValue `'wall'`
   */
  clock?: ClockMode;
  /**
   * The clock's start, in unix seconds. A wall clock ticks on from there; a frozen one stays there.
   * @defaultValue the current time
   */
  startTime?: number;
  /**
   * Host names the emulator answers besides its own (loopback names `localhost`, `127.x.x.x` and
   * `[::1]`, and the hosts of `publicUrl` and of the address it listens on). Requests for any other
   * `Host` get `421 Misdirected Request`, so a DNS-rebinding page cannot reach the API with its
   * well-known key. Add the names a proxy forwards; `true` answers every host.
   * @defaultValue `[]`
   */
  allowedHosts?: readonly string[] | true;
  /**
   * The business name on the portal pages.
   * @defaultValue `'Emulated business'`
   */
  businessName?: string;
  /**
   * Receives one line per request and per webhook delivery attempt (portal tokens are redacted).
   * @defaultValue no logging, except unexpected errors to `console.error`
   */
  log?: (line: string) => void;
}
