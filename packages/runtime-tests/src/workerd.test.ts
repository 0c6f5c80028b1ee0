import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { itServesBilling } from './testing/billing-spec';
import { startWorkerd, type RunningWorker } from './testing/start-workerd';

// The Cloudflare Workers example, exactly as a user would deploy it.
const WORKER_ENTRY = fileURLToPath(new URL('../../../apps/workers-example/src/worker.ts', import.meta.url));

describe('the built handlers on workerd: the Cloudflare Workers example', () => {
  let worker: RunningWorker | undefined;
  itServesBilling({
    start: async (env) => (worker = await startWorkerd(WORKER_ENTRY, env)),
    checkRuntime: async () => {
      const files = worker?.bundledFiles ?? [];
      expect(files).toContainEqual(expect.stringMatching(/^packages\/server\/dist\/index\.js$/));
      expect(files.filter((file) => file.startsWith('packages/') && file.includes('/src/'))).toEqual([]);
      // The `workerd` export condition picked stripe's fetch + SubtleCrypto build.
      expect(files).toContainEqual(expect.stringMatching(/stripe\/esm\/stripe\.esm\.worker\.js$/));
    },
  });
});

describe('the Cloudflare Workers example without its secrets', () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorkerd(WORKER_ENTRY, { APP_URL: 'http://app.localhost:3000' });
  });
  afterAll(() => worker?.stop());

  it('loads, and answers 500 SERVER_MISCONFIGURED naming what is missing in the log, for portal and webhook', async () => {
    const portal = await fetch(`${worker.url}/api/billing/portal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(portal.status).toBe(500);
    expect(await portal.json()).toMatchObject({ error: { code: 'SERVER_MISCONFIGURED' } });

    const webhook = await fetch(`${worker.url}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'stripe-signature': 't=1,v1=0' },
      body: '{}',
    });
    expect(webhook.status).toBe(500);
    await vi.waitFor(() => {
      expect(worker.output()).toContain(
        'portalkit: createPortalHandler(): the options function threw: Neither apiKey nor config.authenticator provided',
      );
      expect(worker.output()).toContain('portalkit: createWebhookHandler(): the options function threw');
    });
  });
});
