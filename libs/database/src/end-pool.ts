import type { Pool } from 'pg';

/**
 * Ends a pg pool and answers once every one of its connections has closed.
 *
 * pg-pool's own `end()` answers as soon as its clients are out of its lists, before their
 * sockets have closed. A `DROP DATABASE … WITH (FORCE)` sent right after (a test's or a
 * benchmark's throwaway database) then kills a connection still saying goodbye; its client
 * reports the server's error to the pool, and a pool without an 'error' listener throws it
 * out of the process (a smoke run of bench:event-store died so, after 4 good lines).
 */
export async function endPool(pool: Pool, waitMs = 5_000): Promise<void> {
  const open = pool.totalCount;
  let closed = 0;
  const allClosed = new Promise<void>((resolve) => {
    if (open === 0) return resolve();
    // A client whose connection failed leaves the pool without 'remove': never wait forever.
    const timer = setTimeout(done, waitMs);
    timer.unref();
    function done() {
      clearTimeout(timer);
      pool.off('remove', onRemove);
      resolve();
    }
    function onRemove() {
      if (++closed >= open) done();
    }
    pool.on('remove', onRemove);
  });
  // Whatever a closing connection still reports has nowhere to go: the pool is done with it.
  pool.on('error', () => undefined);
  await pool.end();
  await allClosed;
}
