import type { Pool } from 'pg';
import type { CheckpointStore } from '../event-store.port';
import { quoteIdent } from './event-store-migrations';
import { mapPostgresError } from './postgres-errors';

/** Subscription checkpoints in the event store's own schema (table created by its migrations). */
export class PostgresCheckpointStore implements CheckpointStore {
  private readonly table: string;

  constructor(private readonly pool: Pool, schema: string) {
    this.table = `${quoteIdent(schema)}.checkpoints`;
  }

  async load(subscriptionId: string): Promise<bigint | undefined> {
    const { rows } = await this.pool
      .query<{ position: string }>(`SELECT position FROM ${this.table} WHERE subscription_id = $1`, [subscriptionId])
      .catch(mapPostgresError);
    return rows.length ? BigInt(rows[0].position) : undefined;
  }

  async store(subscriptionId: string, position: bigint): Promise<void> {
    await this.pool
      .query(
        `INSERT INTO ${this.table} (subscription_id, position) VALUES ($1, $2)
         ON CONFLICT (subscription_id) DO UPDATE SET position = excluded.position, updated_at = now()`,
        [subscriptionId, position.toString()],
      )
      .catch(mapPostgresError);
  }
}
