import type { ClientBase, QueryResult } from 'pg';

/** Runs `work` in a transaction on `client`; rolls back and rethrows when it fails. */
export async function inTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined); // the connection may be what failed
    throw error;
  }
}

/**
 * A projection batch's commit does not wait for PostgreSQL to flush it to disk
 * (`synchronous_commit` off for this transaction alone). Why:
 * - PostgreSQL serializes the commits of every transaction that NOTIFYs (its database-wide
 *   notification lock is held through the commit's flush), and a batch announces what it applied
 *   (`announceAppliedSql`): waiting for the flush made each batch wait for every other notifying
 *   commit's flush, across all processes (`bench:api` with `BENCH_FLUSH_DELAY_US`, docs/performance.md).
 * - Nothing is lost that cannot be found again: the rows and the checkpoint are one transaction,
 *   so a crash loses both together (the log is flushed in order), and the runner applies those
 *   events again from the checkpoint it reads back when it leads again; the events themselves
 *   are committed synchronously by their store. Any synchronous commit to this database after
 *   such a batch flushes the log past it, so no durable write there ever depends on a batch
 *   that a crash could take back.
 * - A projection whose rows applied again would not be the same sets `commitsDurably`.
 */
const PROJECTION_COMMIT = 'SET LOCAL synchronous_commit TO off';

/**
 * A projection batch's transaction in as few round trips as it has statements of its own:
 * `BEGIN; <opening>` goes as one query, and `<closing>; COMMIT` (what `work` answers as
 * `closing`) as another. Both are simple queries holding several statements, so they take no
 * parameters: values are inlined as literals. An error stops the rest of such a query (a failed
 * `closing` never reaches its COMMIT); the transaction is then rolled back and the error
 * rethrown, as with `inTransaction`. On a loaded machine each round trip costs a context switch,
 * and a writer waits on the chain. Its commit is not waited for on disk (`PROJECTION_COMMIT`)
 * unless `durable`.
 */
export async function inBatchTransaction<T, R extends object>(
  client: ClientBase,
  opening: string,
  work: (opened: R[]) => Promise<{ result: T; closing?: string }>,
  /** One of the batch's projections asks it (`Projection.commitsDurably`): the commit waits for the disk. */
  durable = false,
): Promise<T> {
  try {
    const [, opened] = (await client.query(`BEGIN; ${opening}`)) as unknown as [QueryResult, QueryResult<R>];
    const { result, closing } = await work(opened.rows);
    await client.query([durable ? undefined : PROJECTION_COMMIT, closing, 'COMMIT'].filter(Boolean).join('; '));
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined); // none open (BEGIN failed), or the connection is what failed
    throw error;
  }
}
