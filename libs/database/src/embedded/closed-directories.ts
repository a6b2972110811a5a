import { dirname, resolve } from 'node:path';
import { statSync } from 'node:fs';

/**
 * True when a user other than the owner can reach `path`: every directory from the root down to
 * it lets others through (o+x). As root, the embedded server runs as the `postgres` account,
 * which can open neither its data nor its binaries below a directory closed to others, such as
 * /root or what `mktemp -d` makes (0700).
 */
export function reachableByOthers(path: string): boolean {
  for (let current = resolve(path); ; current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    if (dirname(current) === current) return true;
  }
}

/** Where recours keeps, as root, what the `postgres` account must reach outside a closed directory. */
export const SHARED_ROOT = '/var/lib/recours';
