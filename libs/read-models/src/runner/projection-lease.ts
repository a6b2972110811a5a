import type { ClientBase } from 'pg';

/**
 * Who runs a projection: the process whose connection holds this session-level advisory lock.
 * PostgreSQL releases it when that connection ends, so when a runner dies another takes over.
 */
export async function tryTakeLease(client: ClientBase, schema: string, projection: string): Promise<boolean> {
  const { rows } = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS taken', [leaseKey(schema, projection)]);
  return rows[0].taken;
}

export const leaseKey = (schema: string, projection: string): string => `recours.projection.${schema}.${projection}`;
