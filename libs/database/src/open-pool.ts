import { Pool, type PoolConfig } from 'pg';

/**
 * Pool options that give each client an 'error' listener for its whole life (TypeORM's pools get
 * them through `extra`).
 *
 * pg-pool takes its own listener off a client while lending it, and the borrower adds one only
 * later: TypeORM in a promise callback, `await pool.connect()` code at its next line. The
 * server's "terminating connection" read in the same socket chunk as the answer that freed the
 * client for its next borrower falls in that gap, with no listener, and Node throws it out of the
 * process: an API died so while an administrator cut the database's connections under load. With
 * this listener the error still fails the query in flight, or the next one (the client is no
 * longer queryable: UNAVAILABLE), and the pool drops the client when it is released.
 */
export const POOL_ERROR_LISTENER = {
  onConnect: (client) => {
    client.on('error', () => undefined);
  },
} as const satisfies PoolConfig;

/**
 * A pg pool whose clients each listen for errors (POOL_ERROR_LISTENER) and whose own errors (an
 * idle client's broken connection, replaced on next use) are not thrown.
 */
export function openPool(config: PoolConfig): Pool {
  const pool = new Pool({ ...config, ...POOL_ERROR_LISTENER });
  pool.on('error', () => undefined);
  return pool;
}
