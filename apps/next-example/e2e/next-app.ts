import { fileURLToPath } from 'node:url';
import { createStripeEmulator, type StripeEmulator } from '@portalkit/stripe-emulator';
import { chromium, type Browser } from 'playwright';
import { freePort } from '../../../packages/runtime-tests/src/testing/free-port';
import { startProcess, type RunningProcess } from '../../../packages/runtime-tests/src/testing/start-process';
import { chromiumLaunchOptions } from '../../../vitest.shared.js';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const NEXT = fileURLToPath(new URL('../node_modules/.bin/next', import.meta.url));

/** The built example served by `next start`, the emulator it talks to, and Chromium. */
export interface RunningExample {
  appUrl: string;
  emulator: StripeEmulator;
  browser: Browser;
  next: RunningProcess;
  close(): Promise<void>;
}

/**
 * Starts the emulator, then `next start` on a free port with the secrets a deployment would have
 * (the build had none), with the emulator delivering webhooks to the app, and launches Chromium.
 *
 * @example
 * const example = await startExample();
 * const page = await example.browser.newPage();
 */
export async function startExample(): Promise<RunningExample> {
  const emulator = createStripeEmulator({ webhookRetry: { maxAttempts: 1 } });
  const { url: stripeUrl } = await emulator.listen(0);
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const next = await startProcess(NEXT, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: APP_DIR,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      STRIPE_SECRET_KEY: emulator.apiKey,
      STRIPE_WEBHOOK_SECRET: emulator.webhooks.secret,
      STRIPE_API_URL: stripeUrl,
      APP_URL: appUrl,
    },
    ready: /(Ready in)/,
  });
  emulator.webhooks.add(`${appUrl}/api/webhooks/stripe`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  return {
    appUrl,
    emulator,
    browser,
    next,
    async close() {
      await browser.close();
      await next.stop();
      await emulator.close();
    },
  };
}
