import type { Projection } from '../runner/projection';

export type Crash = 'throw' | 'lose-connection';

/**
 * The same projection, dying once in the middle of batch number `batch` (1-based), after it
 * wrote its rows: by throwing, or by losing its connection as when the process is killed.
 */
export function crashingOnce(projection: Projection, batch: number, crash: Crash): Projection & { crashed: boolean } {
  let calls = 0;
  const crashing = {
    ...projection,
    crashed: false,
    async applyBatch(...args: Parameters<Projection['applyBatch']>) {
      await projection.applyBatch(...args);
      if (++calls !== batch) return;
      crashing.crashed = true;
      if (crash === 'throw') throw new Error(`${projection.name} crashed in batch ${batch}`);
      await args[1].client.query('SELECT pg_terminate_backend(pg_backend_pid())');
    },
  };
  return crashing;
}
