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
   * The clock's start, in unix seconds.
   * @defaultValue the current time
   */
  startTime?: number;
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
