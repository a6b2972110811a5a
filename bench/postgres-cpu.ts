import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK), asked once. */
const clockTicks = (): number => (ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100);

/** A /proc/<pid>/stat line's fields after "pid (comm) ": comm may hold spaces, so they are counted after its ')'. */
const statFields = (stat: string): string[] => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/**
 * The CPU time (user + system, µs) spent so far by the machine's PostgreSQL processes, read from
 * /proc (Linux): a benchmark reads it before and after a load to know the database's share of
 * the 2 cores. A backend that exits hands its time to the postmaster's children's time, which is
 * counted too, so a connection closed in between is not lost. NaN where there is no /proc.
 */
export function postgresCpuMicros(): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
    clockTicks();
  } catch {
    return NaN;
  }
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
    const fields = statFields(stat);
    // utime, stime, cutime, cstime (fields 14 to 17 of stat): the last two, of exited children.
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return (ticks / clockTicks()) * 1e6;
}

/** The CPU time (user + system, µs) a process has spent so far, from /proc (NaN where it cannot tell). */
export function processCpuMicros(pid: number): number {
  try {
    const fields = statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    // utime, stime (fields 14 and 15 of stat)
    return ((Number(fields[11]) + Number(fields[12])) / clockTicks()) * 1e6;
  } catch {
    return NaN;
  }
}
