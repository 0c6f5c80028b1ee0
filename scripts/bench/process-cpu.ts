import { readdirSync, readFileSync } from 'node:fs';

/*
 * CPU time of the bench's own processes, from Linux's /proc: on a machine other work shares, CPU
 * seconds per event say what the code costs far better than events per second, which depend on what
 * else runs. Elsewhere (no /proc) every figure is null.
 */

// utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
const TICKS_PER_SECOND = 100;

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it start past its closing paren.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU seconds `pid` has used so far (user and system), or null when it cannot be read.
 *
 * @example
 * const before = cpuSeconds(instance.pid);
 */
export function cpuSeconds(pid: number): number | null {
  const fields = statFields(pid);
  return fields === null ? null : (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * The PostgreSQL server listening on `port` and its backends: their CPU seconds so far, together.
 *
 * @example
 * const before = postgresCpuSeconds(Number(new URL(postgres.url).port));
 */
export function postgresCpuSeconds(port: number): number | null {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return null;
  }
  const postmaster = pids.find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args.some((arg) => arg.endsWith('postgres')) && args[args.indexOf('-p') + 1] === String(port);
    } catch {
      return false;
    }
  });
  if (postmaster === undefined) return null;
  const family = pids.filter((pid) => pid === postmaster || statFields(pid)?.[1] === String(postmaster));
  return family.reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0);
}
