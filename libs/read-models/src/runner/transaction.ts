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
 * A batch's transaction in as few round trips as it has statements of its own: `BEGIN; <opening>`
 * goes as one query, and `<closing>; COMMIT` (what `work` answers as `closing`) as another. Both
 * are simple queries holding several statements, so they take no parameters: values are inlined
 * as literals. An error stops the rest of such a query (a failed `closing` never reaches its
 * COMMIT); the transaction is then rolled back and the error rethrown, as with `inTransaction`.
 * On a loaded machine each round trip costs a context switch, and a writer waits on the chain.
 */
export async function inBatchTransaction<T, R extends object>(
  client: ClientBase,
  opening: string,
  work: (opened: R[]) => Promise<{ result: T; closing?: string }>,
): Promise<T> {
  try {
    const [, opened] = (await client.query(`BEGIN; ${opening}`)) as unknown as [QueryResult, QueryResult<R>];
    const { result, closing } = await work(opened.rows);
    await client.query(closing === undefined ? 'COMMIT' : `${closing}; COMMIT`);
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined); // none open (BEGIN failed), or the connection is what failed
    throw error;
  }
}
