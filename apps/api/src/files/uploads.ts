import type { Pool } from 'pg';
import { endPool, migrateInTransaction, openPool } from '@recours/database';
import type { AcceptedType } from './accepted-types';

/** Injection token of the uploads' catalogue. */
export const UPLOADS = Symbol.for('recours.Uploads');

export interface Upload {
  id: string;
  ownerId: string;
  name: string;
  sha256: string;
  size: number;
  contentType: AcceptedType;
  /** The dispute it was attached to (or is being attached to), if any. */
  disputeId: string | null;
  /** When the dispute's record was seen to hold it; until then the 24-hour limit applies. */
  attachedAt: Date | null;
  createdAt: Date;
}

interface UploadRow {
  id: string;
  owner_id: string;
  name: string;
  sha256: string;
  size: string;
  content_type: AcceptedType;
  dispute_id: string | null;
  attached_at: Date | null;
  created_at: Date;
}

const toUpload = (row: UploadRow): Upload => ({
  id: row.id,
  ownerId: row.owner_id,
  name: row.name,
  sha256: row.sha256,
  size: Number(row.size),
  contentType: row.content_type,
  disputeId: row.dispute_id,
  attachedAt: row.attached_at,
  createdAt: row.created_at,
});

/** An upload the purge may delete, and where it stands in the purge's order. */
export interface UnattachedUpload extends Pick<Upload, 'id' | 'disputeId'> {
  /** Its created_at as PostgreSQL writes it, to the microsecond (a Date keeps milliseconds only). */
  createdAtExactly: string;
}

/**
 * What recours knows of each upload (the bytes are in the file storage): who sent it, its
 * name, fingerprint, size and type, and the dispute it belongs to. A row is written before the
 * bytes ('RECEIVING') so that an upload whose process died midway is found and removed.
 */
export class Uploads {
  /** Public for the pool metrics (`recours_pg_pool_*{pool="uploads"}`). */
  private constructor(readonly pool: Pool) {}

  static async open(connectionString: string, timeouts: object): Promise<Uploads> {
    const pool = openPool({ connectionString, max: 3, application_name: 'recours-uploads', ...timeouts });
    const uploads = new Uploads(pool);
    try {
      // On a connection of its own without the pool's query_timeout, like every migration.
      // uploads_by_owner: a person's files (her archive, her erasure) by index, not by reading every upload. Built
      // here at the first start that has it, uploads waiting meanwhile: on a large database an operator builds it
      // first, by hand, with CREATE INDEX CONCURRENTLY under this name and definition, which this then keeps.
      await migrateInTransaction(pool.options, 'recours.migrations.evidence', (client) => client.query(`
        CREATE SCHEMA IF NOT EXISTS evidence;
        CREATE TABLE IF NOT EXISTS evidence.uploads (
          id uuid PRIMARY KEY,
          owner_id uuid NOT NULL,
          state text NOT NULL CHECK (state IN ('RECEIVING', 'STORED')),
          name text NOT NULL,
          sha256 char(64),
          size bigint,
          content_type text,
          dispute_id uuid,
          attached_at timestamptz,
          created_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX IF NOT EXISTS uploads_unattached_by_age ON evidence.uploads (created_at, id) WHERE attached_at IS NULL;
        CREATE INDEX IF NOT EXISTS uploads_by_owner ON evidence.uploads (owner_id, created_at);
        DROP INDEX IF EXISTS evidence.uploads_unattached;`));
    } catch (error) {
      await endPool(pool);
      throw error;
    }
    return uploads;
  }

  async receiving(id: string, ownerId: string, name: string): Promise<void> {
    await this.pool.query(`INSERT INTO evidence.uploads (id, owner_id, state, name) VALUES ($1, $2, 'RECEIVING', $3)`, [id, ownerId, name]);
  }

  async stored(id: string, fields: { sha256: string; size: number; contentType: AcceptedType }): Promise<Upload> {
    const { rows } = await this.pool.query<UploadRow>(
      `UPDATE evidence.uploads SET state = 'STORED', sha256 = $2, size = $3, content_type = $4 WHERE id = $1 RETURNING *`,
      [id, fields.sha256, fields.size, fields.contentType],
    );
    return toUpload(rows[0]);
  }

  async forget(id: string): Promise<void> {
    await this.pool.query('DELETE FROM evidence.uploads WHERE id = $1', [id]);
  }

  async find(id: string): Promise<Upload | undefined> {
    const { rows } = await this.pool.query<UploadRow>(`SELECT * FROM evidence.uploads WHERE id = $1 AND state = 'STORED'`, [id]);
    return rows[0] && toUpload(rows[0]);
  }

  /** Sets the upload aside for a dispute; false when it already belongs to another one. */
  async reserve(id: string, disputeId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(`UPDATE evidence.uploads SET dispute_id = $2 WHERE id = $1 AND (dispute_id IS NULL OR dispute_id = $2)`, [id, disputeId]);
    return rowCount === 1;
  }

  /** The command that was to attach it was refused: it is free again (its 24 hours still run). */
  async release(id: string, disputeId: string): Promise<void> {
    await this.pool.query(`UPDATE evidence.uploads SET dispute_id = NULL WHERE id = $1 AND dispute_id = $2 AND attached_at IS NULL`, [id, disputeId]);
  }

  async attached(id: string): Promise<void> {
    await this.pool.query(`UPDATE evidence.uploads SET attached_at = coalesce(attached_at, now()) WHERE id = $1`, [id]);
  }

  /**
   * Uploads older than `before` that no dispute's record was seen to hold, receiving ones
   * included, oldest first; `after`: the last of the previous page, to read on past it (keyset:
   * created_at, id), so that uploads the purge could not delete never hide the ones after them.
   */
  async unattachedBefore(before: Date, limit = 500, after?: UnattachedUpload): Promise<UnattachedUpload[]> {
    const { rows } = await this.pool.query<{ id: string; dispute_id: string | null; created_at: string }>(
      `SELECT id, dispute_id, created_at::text FROM evidence.uploads
        WHERE attached_at IS NULL AND created_at < $1 AND ($3::timestamptz IS NULL OR (created_at, id) > ($3::timestamptz, $4::uuid))
        ORDER BY created_at, id LIMIT $2`,
      [before, limit, after?.createdAtExactly ?? null, after?.id ?? null],
    );
    return rows.map((r) => ({ id: r.id, disputeId: r.dispute_id, createdAtExactly: r.created_at }));
  }

  /** Every upload set aside for or attached to the dispute, stored or still being received. */
  async ofDispute(disputeId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(`SELECT id FROM evidence.uploads WHERE dispute_id = $1 ORDER BY created_at`, [disputeId]);
    return rows.map((r) => r.id);
  }

  /** Stored uploads after `afterId` in id order, `limit` at a time: every one, page by page. */
  async storedAfter(afterId: string, limit = 500): Promise<Array<Pick<Upload, 'id' | 'ownerId'>>> {
    const { rows } = await this.pool.query<{ id: string; owner_id: string }>(
      `SELECT id, owner_id FROM evidence.uploads WHERE state = 'STORED' AND id > $1 ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => ({ id: r.id, ownerId: r.owner_id }));
  }

  async close(): Promise<void> {
    await endPool(this.pool).catch(() => undefined);
  }
}
