import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type StaleServerOutcome =
  | { kind: 'none' }
  | { kind: 'removed-stale-pid-file' }
  | { kind: 'stopped-orphan-server' }
  /** Another live recours process (e.g. `npm start` while `npm run seed` runs) owns the server: share it. */
  | { kind: 'in-use'; port: number; ownerPid: number };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when `pid` is a postgres server running on `dataDir` (and not a reused pid). */
function isOurPostgres(pid: number, dataDir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((arg) => arg.endsWith('postgres')) && cmdline.includes(dataDir);
  } catch {
    return isAlive(pid); // no /proc: trust the pid file
  }
}

/** The parent of a process (an orphaned server is adopted by init, pid 1). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * After the recours process is killed (SIGKILL), the embedded server it started keeps
 * running, holding its port and postmaster.pid; a later start would then fail. Stop that
 * orphan (fast shutdown), or remove a pid file whose server is gone. A server whose recours
 * process is still alive is not an orphan: it is shared.
 */
export async function clearStaleServer(dataDir: string, log: (message: string) => void): Promise<StaleServerOutcome> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return { kind: 'none' };
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (Number.isInteger(pid) && pid > 0 && isOurPostgres(pid, dataDir)) {
    const owner = parentOf(pid);
    if (owner !== undefined && owner > 1 && isAlive(owner)) {
      log(`embedded PostgreSQL: the server in ${dataDir} belongs to a running recours process (pid ${owner}); sharing it`);
      return { kind: 'in-use', port: Number(lines[3]), ownerPid: owner };
    }
    log(`embedded PostgreSQL: a server left running by an earlier recours process (pid ${pid}) holds ${dataDir}; stopping it`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    for (let waited = 0; isAlive(pid); waited += 50) {
      if (waited > 15_000) throw new Error(`embedded PostgreSQL: the server left running (pid ${pid}) did not stop within 15 s; stop it by hand (kill ${pid})`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { kind: 'stopped-orphan-server' };
  }
  log(`embedded PostgreSQL: removing the stale ${pidFile} left by a server that is no longer running`);
  rmSync(pidFile, { force: true });
  return { kind: 'removed-stale-pid-file' };
}
