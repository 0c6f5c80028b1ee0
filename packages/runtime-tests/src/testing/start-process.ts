import { spawn } from 'node:child_process';

/** A server process that printed `listening on <url>`. */
export interface RunningProcess {
  url: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  cwd: string;
  env?: Record<string, string>;
  /**
   * How the process says it is ready; the first group is its URL. `'spawned'` resolves as soon as
   * it runs, with an empty `url`, for a server that prints nothing (the caller polls it instead).
   * @defaultValue `/listening on (http:\/\/\S+)/`
   */
  ready?: RegExp | 'spawned';
}

/**
 * Starts `command` in its own process group and resolves once it prints its URL; rejects with its
 * output if it exits first or takes longer than 45 s. `stop()` ends the whole group.
 *
 * @example
 * const deno = await startProcess(denoBin, ['run', '-A', 'app/deno-server.ts'], { cwd: APP_DIR });
 * await fetch(`${deno.url}/health`);
 * await deno.stop();
 */
export function startProcess(command: string, args: readonly string[], options: StartOptions): Promise<RunningProcess> {
  const ready = options.ready ?? /listening on (http:\/\/\S+)/;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', DO_NOT_TRACK: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} did not start within 45 s. Output:\n${output}`));
    }, 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = ready === 'spawned' ? null : ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, output: () => output, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (ready === 'spawned') {
      child.once('spawn', () => {
        clearTimeout(timer);
        resolve({ url: '', output: () => output, stop });
      });
    }
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code ?? signal}) before it was ready. Output:\n${output}`));
    });
  });
}
