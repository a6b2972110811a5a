import type { ClientBase } from 'pg';
import type { Projection } from '../runner/projection';
import { quoteSchema } from '../schema/read-models-schema';

/** Creates a fresh schema holding empty copies of the projections' tables (same names, same indexes). */
export async function createShadowTables(client: ClientBase, shadow: string, projections: readonly Projection[]): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${quoteSchema(shadow)} CASCADE`); // left by a rebuild that died
  await client.query(`CREATE SCHEMA ${quoteSchema(shadow)}`);
  for (const projection of projections) for (const table of projection.tables) await client.query(table.ddl(shadow));
}

/**
 * Moves the projection's live tables out and the shadow tables in. Call it inside the
 * transaction that moves the checkpoint: readers see the old tables until COMMIT, then the
 * new ones, never a mix (they wait on the table locks for the instant of the swap).
 */
export async function swapInShadowTables(client: ClientBase, projection: Projection, live: string, shadow: string): Promise<void> {
  const retired = quoteSchema(`${live}_retired`);
  await client.query(`DROP SCHEMA IF EXISTS ${retired} CASCADE`);
  await client.query(`CREATE SCHEMA ${retired}`);
  for (const { name } of projection.tables) {
    await client.query(`ALTER TABLE ${quoteSchema(live)}.${name} SET SCHEMA ${retired}`);
    await client.query(`ALTER TABLE ${quoteSchema(shadow)}.${name} SET SCHEMA ${quoteSchema(live)}`);
  }
  await client.query(`DROP SCHEMA ${retired} CASCADE`);
}
