import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createStripeEmulator, type StripeEmulator } from '../create-stripe-emulator';
import type { StripeEmulatorOptions } from '../options';
import { DEMO_IDS } from '../seed/demo';
import { createHostCheck } from './allowed-hosts';

describe('the host check', () => {
  const check = createHostCheck({ ownUrls: () => ['https://billing.example.test/', undefined, 'not a url'] });

  it('answers loopback names, with or without a port, in any letter case', () => {
    for (const host of [
      '127.0.0.1',
      '127.0.0.1:12111',
      '127.5.6.7',
      '127.1',
      'localhost',
      'LOCALHOST:3000',
      '[::1]',
      '[::1]:12111',
    ]) {
      expect(check.allows(host), host).toBe(true);
    }
  });

  it('answers the host of its own URLs, whatever the port', () => {
    expect(check.allows('billing.example.test')).toBe(true);
    expect(check.allows('Billing.Example.Test:8443')).toBe(true);
  });

  it('refuses every other name, look-alikes of its own included', () => {
    for (const host of [
      'evil.example',
      'rebind.evil.example:12111',
      '127.0.0.1.evil.example',
      'localhost.evil.example',
      'evil-localhost',
      'billing.example.test.evil.example',
      '10.0.0.5',
      '0.0.0.0',
      '[::ffff:7f00:1]',
      '[::2]',
      '',
      ' ',
      'user@127.0.0.1',
      '127.0.0.1/path',
      '127.0.0.1?q',
      '127.0.0.1#x',
      'a b',
    ]) {
      expect(check.allows(host), JSON.stringify(host)).toBe(false);
    }
  });

  it('answers extra names given in allowedHosts, and any host with true', () => {
    const proxied = createHostCheck({ allowedHosts: ['Stripe.Internal'], ownUrls: () => [] });
    expect(proxied.allows('stripe.internal:80')).toBe(true);
    expect(proxied.allows('other.internal')).toBe(false);
    expect(createHostCheck({ allowedHosts: true, ownUrls: () => [] }).allows('anything.example')).toBe(true);
  });
});

describe('a listening emulator', () => {
  let emulator: StripeEmulator | undefined;
  afterEach(() => emulator?.close());

  async function start(options: StripeEmulatorOptions = {}): Promise<{ emulator: StripeEmulator; port: number }> {
    emulator = createStripeEmulator(options);
    // listen() answers with publicUrl when there is one; find a free port first to know where it listens.
    const port = await freePort();
    await emulator.listen(port);
    return { emulator, port };
  }

  /** One raw HTTP request with the Host header a DNS-rebinding page's browser would send. */
  function send(
    port: number,
    host: string,
    path: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; type: string; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host, ...headers } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  const auth = (key: string) => ({ authorization: `Bearer ${key}` });

  it('refuses the API to a foreign Host with 421, even with the right key', async () => {
    const { emulator, port } = await start();
    const refused = await send(port, 'rebind.evil.example', `/v1/customers/${DEMO_IDS.customers.active}`, auth(emulator.apiKey));
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body)).toMatchObject({
      error: { type: 'invalid_request_error', code: 'host_not_allowed', message: expect.stringContaining('allowedHosts') },
    });
    expect(refused.body).not.toContain('ada@example.com');
    const answered = await send(port, `localhost:${port}`, `/v1/customers/${DEMO_IDS.customers.active}`, auth(emulator.apiKey));
    expect(answered.status).toBe(200);
  });

  it('refuses the portal pages to a foreign Host without consuming the session', async () => {
    const { emulator, port } = await start();
    const create = await emulator.fetch(
      new Request(`http://127.0.0.1:${port}/v1/billing_portal/sessions`, {
        method: 'POST',
        headers: { ...auth(emulator.apiKey), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ customer: DEMO_IDS.customers.active, return_url: 'http://localhost:3000/account' }),
      }),
    );
    const path = new URL(((await create.json()) as { url: string }).url).pathname;
    const refused = await send(port, 'rebind.evil.example', path);
    expect(refused.status).toBe(421);
    expect(refused.type).toMatch(/^text\/plain/);
    expect(refused.body).not.toContain('Ada');
    expect(emulator.sessions.peek(path.split('/').pop() as string)?.consumedAt).toBeNull();
    expect((await send(port, 'rebind.evil.example', '/')).status).toBe(421);
    expect((await send(port, `127.0.0.1:${port}`, path)).status).toBeLessThan(400);
  });

  it('answers the host of its publicUrl and the allowedHosts it was given', async () => {
    const { emulator, port } = await start({ publicUrl: 'https://billing.example.test', allowedHosts: ['stripe.internal'] });
    expect((await send(port, 'billing.example.test', '/v1/customers', auth(emulator.apiKey))).status).toBe(200);
    expect((await send(port, `stripe.internal:${port}`, '/v1/customers', auth(emulator.apiKey))).status).toBe(200);
    expect((await send(port, 'other.internal', '/v1/customers', auth(emulator.apiKey))).status).toBe(421);
  });

  it('applies the same check to fetch() callers, by the URL they ask for', async () => {
    emulator = createStripeEmulator();
    const key = auth(emulator.apiKey);
    expect((await emulator.fetch(new Request('http://evil.example/v1/customers', { headers: key }))).status).toBe(421);
    expect((await emulator.fetch(new Request('http://localhost/v1/customers', { headers: key }))).status).toBe(200);
  });
});

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
