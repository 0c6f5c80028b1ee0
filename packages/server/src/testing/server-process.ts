import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/*
 * Shared plumbing of the database servers the tests start (PostgreSQL, Redis): a free port, and a child
 * process that counts as started once it prints its ready line. Not exported from any entry point.
 */

/**
 * A loopback port nobody listens on right now (the OS picks it; the caller binds it soon after).
 *
 * @example
 * const port = await freePort();
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('freePort(): no TCP address');
  return address.port;
}

/**
 * A server started by {@link startServerProcess}.
 *
 * @example
 * await server.stop(['SIGTERM', 'SIGKILL']);
 */
export interface ServerProcess {
  /** Everything it printed so far, for error messages. */
  output(): string;
  /** Resolves once its output matches `pattern`; rejects, with the output, if it exits first. */
  printed(pattern: RegExp): Promise<void>;
  /**
   * Sends it each of `signals` in turn, the next only when it has not exited `graceMs` after the last,
   * and waits until it exited.
   */
  stop(signals?: NodeJS.Signals[], graceMs?: number): Promise<void>;
}

/**
 * Starts `command` and resolves once its output matches `ready`, or rejects with what it printed when
 * it exits first or takes longer than `timeoutMs`: a test that needs the server must fail saying why,
 * never skip.
 *
 * @example
 * const redis = await startServerProcess('Redis', 'redis-server', ['--port', '6390'], /Ready to accept connections/);
 */
export async function startServerProcess(
  name: string,
  command: string,
  args: string[],
  ready: RegExp,
  timeoutMs = 30_000,
  options: { cwd?: string } = {},
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${name} could not be started (${command}): ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before it was ready (code ${code}, signal ${signal}):\n${output}`));
    });
  });
  const stop = async (signals: NodeJS.Signals[] = ['SIGTERM'], graceMs = 5_000) => {
    for (const signal of signals) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
    }
    await exited;
  };
  try {
    await started;
  } catch (error) {
    await stop(['SIGKILL']);
    throw error;
  }
  const printed = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(output)) return false;
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        resolve();
        return true;
      };
      if (check()) return;
      child.stdout?.on('data', check);
      child.stderr?.on('data', check);
      void exited.then(() => check() || reject(new Error(`${name} exited before printing ${pattern}:\n${output}`)));
    });
  return { output: () => output, printed, stop };
}
