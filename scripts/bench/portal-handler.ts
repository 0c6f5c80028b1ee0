/*
 * `pnpm bench`: what the portal handler costs over a bare Stripe call.
 *
 * One Hono server (`@hono/node-server`) with three routes over the same Stripe client and fake Stripe:
 * - `POST /bare-equivalent`: a bare route that does the work the handler cannot skip: it reads the JSON
 *   body for the flow and sends the handler's default parameters (after completion, a redirect to the
 *   return URL; the bench checks the fake Stripe receives the same parameters from both before it
 *   starts). The headline: the handler must reach at least 95% of its throughput, so what the
 *   handler's checks cost is the gap.
 * - `POST /bare`: `stripe.billingPortal.sessions.create(...)` and `c.json({ url })`, nothing else,
 *   printed after the headline for information.
 * - `POST /api/billing/portal`: `createPortalHandler()` through `toHonoHandler`, payment_method_update
 *   flow, with every check it makes in production (origin, body, fields, return target, auth stub).
 * autocannon drives all three with the same load and the same JSON body, in alternating runs after a warm-up.
 *
 * Processes: the machine has 2 cores. This process runs only the server under test; the fake Stripe and
 * autocannon share a child process (`load-process.ts`). In the server's process they would take turns
 * on its event loop and be counted as route time; in a child they run on the other core, and whatever
 * they cost is the same for every route. The server's own CPU time per request is reported too: it
 * depends far less than throughput on what else the machine is doing.
 *
 * Quick run: `pnpm bench --duration 2 --rounds 1 --warmup 1` (or BENCH_DURATION, BENCH_ROUNDS, ...).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { serve } from '@hono/node-server';
import type autocannon from 'autocannon';
import { BENCH_ORIGIN, createBenchApp } from './bench-app';
import { readBenchConfig } from './bench-config';
import type { FromLoadProcess, ToLoadProcess } from './messages';
import { formatBareRatio, formatHeadlineRatio, formatTable, summarize, type MeasuredRun, type RunSummary } from './report';

// Run in this order in every round, so each route sees the machine in the same states as the others.
const ROUTES = { bare: '/bare', 'bare-equivalent': '/bare-equivalent', handler: '/api/billing/portal' } as const;
type RouteName = keyof typeof ROUTES;
const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

const config = readBenchConfig();
const load = fork(new URL('./load-process.ts', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
let nextRunId = 0;

await main();

async function main(): Promise<void> {
  try {
    const stripePort = await waitForReady(load);
    const server = serve({ fetch: createBenchApp(stripePort).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await once(server, 'listening');
    try {
      await bench(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  } finally {
    if (load.exitCode === null && load.signalCode === null) {
      const exited = once(load, 'exit');
      send({ type: 'close' });
      await exited;
    }
  }
}

async function bench(base: string): Promise<void> {
  const options = (route: RouteName, duration: number): autocannon.Options => ({
    url: `${base}${ROUTES[route]}`,
    method: 'POST',
    // What the React kit sends from a page of the app.
    headers: { 'content-type': 'application/json', origin: BENCH_ORIGIN, 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({ flow: 'payment_method_update' }),
    connections: config.connections,
    duration,
  });

  const sent: Partial<Record<RouteName, Record<string, unknown> | undefined>> = {};
  for (const route of ROUTE_NAMES) {
    await checkRoute(options(route, 0));
    sent[route] = await lastSessionParams();
  }
  // The bare-equivalent route is only a fair yardstick if Stripe gets exactly what the handler sends.
  if (!isDeepStrictEqual(sent['bare-equivalent'], sent.handler)) {
    throw new Error(
      `/bare-equivalent no longer sends the handler's Stripe parameters: ${JSON.stringify(sent['bare-equivalent'])} ` +
        `vs ${JSON.stringify(sent.handler)}. Update it from packages/server/src/core/build-session-params.ts.`,
    );
  }
  console.log(
    `portal handler bench: ${config.connections} connections, ${config.duration} s per run, ${config.rounds} round(s) ` +
      `after a ${config.warmup} s warm-up per route\nNode ${process.version}, ${os.availableParallelism()} CPUs, ${loadAverage()}`,
  );
  if (config.warmup > 0) {
    for (const route of ROUTE_NAMES) await measure(options(route, config.warmup));
  }

  const runs: Record<RouteName, MeasuredRun[]> = { bare: [], 'bare-equivalent': [], handler: [] };
  const rows: RunSummary[] = [];
  for (let round = 1; round <= config.rounds; round++) {
    for (const route of ROUTE_NAMES) {
      const measured = await measure(options(route, config.duration));
      runs[route].push(measured);
      rows.push(summarize(route, String(round), options(route, 0).url, [measured]));
    }
  }
  const totals = ROUTE_NAMES.map((route) => summarize(route, 'all', options(route, 0).url, runs[route]));
  const [bare, equivalent, handler] = totals as [RunSummary, RunSummary, RunSummary];
  console.log(
    `\n${formatHeadlineRatio(equivalent, handler)}\n\n${formatBareRatio(bare, handler)}\n\n${formatTable(rows, totals)}` +
      `\n\nafter the runs: ${loadAverage()}`,
  );
  if (totals.some((total) => total.errors + total.non2xx > 0)) {
    console.log('Some requests failed: the figures above are not comparable.');
    process.exitCode = 1;
  }
}

/** Runs autocannon in the load process and measures this process (the server under test) meanwhile. */
async function measure(options: autocannon.Options): Promise<MeasuredRun> {
  const id = ++nextRunId;
  const cpuBefore = process.cpuUsage();
  send({ type: 'run', id, options });
  for (;;) {
    const [message] = (await once(load, 'message')) as [FromLoadProcess];
    if (message.type === 'failed' && message.id === id) throw new Error(`autocannon failed: ${message.message}`);
    if (message.type === 'result' && message.id === id) {
      const cpu = process.cpuUsage(cpuBefore);
      return { ...message.result, serverCpuMicros: cpu.user + cpu.system };
    }
  }
}

/** The parameters of the session the fake Stripe was last asked for (the fake then forgets them). */
async function lastSessionParams(): Promise<Record<string, unknown> | undefined> {
  const id = ++nextRunId;
  send({ type: 'sessionParams', id });
  for (;;) {
    const [message] = (await once(load, 'message')) as [FromLoadProcess];
    if (message.type === 'sessionParams' && message.id === id) return message.params;
  }
}

/** One request by hand, so a broken route fails loudly instead of being benchmarked at 4xx speed. */
async function checkRoute(options: autocannon.Options): Promise<void> {
  const response = await fetch(options.url, {
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    body: options.body ?? null,
  });
  const body = (await response.json()) as { url?: unknown; error?: { code?: string } };
  if (response.status !== 200 || typeof body.url !== 'string') {
    // Print the error code only: a body can hold a session URL, which must not reach a log.
    throw new Error(`${options.url} answered ${response.status} ${body.error?.code ?? ''} instead of a session URL.`);
  }
}

async function waitForReady(child: ChildProcess): Promise<number> {
  const exited = once(child, 'exit').then(() => {
    throw new Error('The load process exited before it was ready.');
  });
  const [message] = (await Promise.race([once(child, 'message'), exited])) as [FromLoadProcess];
  if (message.type !== 'ready') throw new Error(`Unexpected first message from the load process: ${message.type}`);
  return message.stripePort;
}

function send(message: ToLoadProcess): void {
  if (load.connected) load.send(message);
}

// Other work on the machine slows both routes, but not always equally: print it next to the figures.
function loadAverage(): string {
  return `load average ${os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`;
}
