import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { E2eSession } from './e2e-session';

/** Webhooks held back on their way to the demo, until {@link WebhookGate.release}. */
export interface WebhookGate {
  /** How many deliveries are waiting. */
  held(): number;
  /** Lets every held and later delivery through, waits until the emulator is idle, and restores its endpoints. */
  release(): Promise<void>;
}

/**
 * Puts a holding pen between the emulator and the demo's webhook route: deliveries arrive, wait, and
 * are forwarded untouched (body and signature) on release. While they wait, the demo has heard
 * nothing, so whatever the pages show came from somewhere else than a webhook.
 */
export async function holdWebhooks(session: E2eSession): Promise<WebhookGate> {
  const { webhooks } = session.emulator;
  const targets = [...webhooks.endpoints];
  const waiting: (() => void)[] = [];
  let open = false;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
      const headers = { 'content-type': 'application/json', 'stripe-signature': String(request.headers['stripe-signature']) };
      const results = await Promise.all(
        targets.map((target) => fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks) })),
      );
      response.writeHead(results.every((result) => result.ok) ? 200 : 500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const gate = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  for (const target of targets) webhooks.remove(target);
  webhooks.add(gate);
  return {
    held: () => waiting.length,
    async release() {
      open = true;
      for (const resolve of waiting.splice(0)) resolve();
      await webhooks.waitForIdle();
      webhooks.remove(gate);
      for (const target of targets) webhooks.add(target);
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
