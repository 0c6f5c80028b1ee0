import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got. */
export interface ReceivedWebhook {
  body: string;
  signature: string | undefined;
  contentType: string | undefined;
  /** Milliseconds since the receiver started, to see the gaps between retries. */
  atMs: number;
}

/** A local endpoint for webhook tests. */
export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Answers held requests (see `hold`). */
  release(): void;
  close(): Promise<void>;
}

/**
 * Starts a webhook endpoint on a free loopback port. It answers 500 to the first `failures`
 * requests and 200 after that; with `hold`, it answers nothing until `release()`.
 *
 * @example
 * const receiver = await startWebhookReceiver({ failures: 2 });
 */
export async function startWebhookReceiver(options: { failures?: number; hold?: boolean } = {}): Promise<WebhookReceiver> {
  const started = performance.now();
  const received: ReceivedWebhook[] = [];
  const held: (() => void)[] = [];
  let failures = options.failures ?? 0;
  let holding = options.hold ?? false;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: req.headers['stripe-signature'] as string | undefined,
        contentType: req.headers['content-type'],
        atMs: performance.now() - started,
      });
      const answer = () => {
        const status = failures > 0 ? 500 : 200;
        failures -= 1;
        res.writeHead(status).end();
      };
      if (holding) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    release() {
      holding = false;
      for (const answer of held.splice(0)) answer();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
