import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type StaleServerOutcome = 'none' | 'removed-stale-pid-file' | 'stopped-orphan-server';

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

/**
 * After the recours process is killed (SIGKILL), the embedded server it started keeps
 * running, holding its port and postmaster.pid; a later start would then fail. Stop that
 * orphan (fast shutdown), or remove a pid file whose server is gone.
 */
export async function clearStaleServer(dataDir: string, log: (message: string) => void): Promise<StaleServerOutcome> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return 'none';
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isOurPostgres(pid, dataDir)) {
    log(`embedded PostgreSQL: a server left running by an earlier recours process (pid ${pid}) holds ${dataDir}; stopping it`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    for (let waited = 0; isAlive(pid); waited += 50) {
      if (waited > 15_000) throw new Error(`embedded PostgreSQL: the server left running (pid ${pid}) did not stop within 15 s; stop it by hand (kill ${pid})`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return 'stopped-orphan-server';
  }
  log(`embedded PostgreSQL: removing the stale ${pidFile} left by a server that is no longer running`);
  rmSync(pidFile, { force: true });
  return 'removed-stale-pid-file';
}
