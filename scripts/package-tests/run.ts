import { execFile } from 'node:child_process';

/** What a finished child process printed. */
export interface RunResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to completion and resolves with its output; rejects with the command, its exit code
 * and everything it printed, so a failing step explains itself in the test report.
 *
 * @example
 * const { stdout } = await run('pnpm', ['pack'], { cwd: packageDir });
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `${command} ${args.join(' ')} (in ${options.cwd}) failed with ${error.code ?? error.signal}:\n${stdout}\n${stderr}`,
            ),
          );
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });
}
