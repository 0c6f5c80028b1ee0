import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { startProcess, type RunningProcess } from './start-process';
import { freePort } from './free-port';

const WORKERD = fileURLToPath(new URL('../../node_modules/.bin/workerd', import.meta.url));

/** A worker bundled by esbuild and served by workerd. */
export interface RunningWorker extends RunningProcess {
  /** The files esbuild put in the bundle, relative to the repository root. */
  bundledFiles: readonly string[];
}

/**
 * Bundles `entry` the way wrangler does (ES module, the `workerd` and `worker` export conditions,
 * `cloudflare:*` left to the runtime), then serves it with workerd on a free loopback port, its
 * `bindings` as text vars. Outbound fetches may reach loopback, where the emulator listens.
 *
 * @example
 * const worker = await startWorkerd(WORKER_ENTRY, { APP_URL: 'http://localhost:8787' });
 */
export async function startWorkerd(entry: string, bindings: Record<string, string>): Promise<RunningWorker> {
  const dir = await mkdtemp(join(tmpdir(), 'portalkit-workerd-'));
  const root = fileURLToPath(new URL('../../../..', import.meta.url));
  const { metafile } = await build({
    entryPoints: [entry],
    outfile: join(dir, 'worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    external: ['cloudflare:*'],
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const port = await freePort();
  await writeFile(join(dir, 'config.capnp'), capnpConfig(port, bindings));
  const running = await startProcess(WORKERD, ['serve', 'config.capnp', '--verbose'], {
    cwd: dir,
    ready: 'spawned', // workerd prints nothing when it is ready; waitUntilServing polls it
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, running);
  return {
    ...running,
    url,
    bundledFiles: Object.keys((metafile as Metafile).inputs),
    stop: async () => {
      await running.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function capnpConfig(port: number, bindings: Record<string, string>): string {
  const texts = Object.entries(bindings).map(
    ([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`,
  );
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # The default "internet" service allows public addresses only; the emulator is on loopback.
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  bindings = [${texts.join(', ')}],
);
`;
}

async function waitUntilServing(url: string, process: RunningProcess): Promise<void> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`workerd did not serve ${url} within 45 s. Output:\n${process.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
