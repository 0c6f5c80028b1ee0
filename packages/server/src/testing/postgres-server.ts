import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, type ServerProcess, startServerProcess } from './server-process';
import { useServerPerBlock } from './use-server-per-block';

/*
 * A real PostgreSQL server for tests, one per call, in a temporary folder, on a free loopback port,
 * with trust authentication and no durability (it is thrown away). It uses the machine's PostgreSQL
 * binaries: `POSTGRES_BIN` if set, else the newest /usr/lib/postgresql/<version>/bin (Debian's layout),
 * else `initdb` and `postgres` on PATH.
 *
 * PostgreSQL refuses to run as root. Under root the folder is handed to the `postgres` user (or
 * `nobody` where there is none) and both programs run as that user through util-linux's `setpriv`,
 * which execs in place: the process the test holds is the server itself, so stopping it needs no
 * signal forwarding.
 */

const run = promisify(execFile);

/**
 * A running server from {@link startPostgres}.
 *
 * @example
 * const { url, stop }: RunningPostgres = await startPostgres();
 */
export interface RunningPostgres {
  /** A connection string for its `postgres` database, as user `postgres`. */
  url: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

function binDir(): string | undefined {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'postgres')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

/** The uid and gid of the first of `names` in /etc/passwd. */
function unprivilegedUser(names: string[]): { uid: number; gid: number } {
  const lines = readFileSync('/etc/passwd', 'utf8').split('\n');
  for (const name of names) {
    const fields = lines.find((line) => line.startsWith(`${name}:`))?.split(':');
    if (fields) return { uid: Number(fields[2]), gid: Number(fields[3]) };
  }
  throw new Error(`startPostgres(): running as root, and none of the users ${names.join(', ')} exists to run PostgreSQL as.`);
}

/**
 * Starts a fresh PostgreSQL server and resolves once it accepts connections. Rejects, saying why,
 * when it cannot: a test that needs PostgreSQL fails rather than skips.
 *
 * @example
 * const postgres = await startPostgres();
 * const pool = new pg.Pool({ connectionString: postgres.url });
 * // ... tests ...
 * await pool.end();
 * await postgres.stop();
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = binDir();
  const program = (name: string) => (bin ? join(bin, name) : name);
  const folder = await mkdtemp(join(tmpdir(), 'portalkit-postgres-'));
  const asRoot = process.getuid?.() === 0;
  let prefix: string[] = [];
  if (asRoot) {
    const { uid, gid } = unprivilegedUser(['postgres', 'nobody']);
    await chown(folder, uid, gid);
    prefix = ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--'];
  }
  const command = (name: string, args: string[]): [string, string[]] =>
    asRoot ? [prefix[0] as string, [...prefix.slice(1), program(name), ...args]] : [program(name), args];
  const data = join(folder, 'data');
  try {
    await run(...command('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw new Error(
      `startPostgres(): initdb failed (PostgreSQL binaries: ${bin ?? 'PATH'}; set POSTGRES_BIN to their folder): ${(error as Error).message}`,
    );
  }
  let server: ServerProcess | undefined;
  let port = 0;
  // Another process may take the free port before the server binds it: try a new one then.
  for (let attempt = 1; server === undefined; attempt += 1) {
    port = await freePort();
    try {
      server = await startServerProcess(
        'PostgreSQL',
        ...command('postgres', [
          ...['-D', data, '-p', String(port), '-k', folder, '-c', 'listen_addresses=127.0.0.1'],
          ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
        ]),
        /database system is ready to accept connections/,
      );
    } catch (error) {
      if (attempt >= 3 || !/could not (bind|create listen socket)/.test((error as Error).message)) {
        await rm(folder, { recursive: true, force: true });
        throw error;
      }
    }
  }
  const running = server;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      // A smart shutdown first, which lets the test's clients hang up on their own (a fast one would end
      // their connections under them, and node-postgres reports that as an error); fast if some stay.
      await running.stop(['SIGTERM', 'SIGINT', 'SIGKILL']);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A PostgreSQL server for the file (or `describe` block) this is called in: started before its first
 * test, stopped after its last. Each file gets its own server, so files share no tables.
 *
 * @returns A getter for the server's connection string.
 *
 * @example
 * const postgresUrl = usePostgres();
 * test('...', async () => {
 *   const pool = new pg.Pool({ connectionString: postgresUrl() });
 * });
 */
export function usePostgres(): () => string {
  return useServerPerBlock('usePostgres', startPostgres);
}
