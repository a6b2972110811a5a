import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Pool, PoolConfig } from 'pg';
import { endPool, migrateInTransaction, openPool } from '@recours/database';
import type { FileStorage } from '../file-storage.port';

/** 256 KiB rows: small enough to stream, large enough that a 20 MiB file is 80 rows. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Files in PostgreSQL (the default: nothing else to install), in chunks. Chunks are written as
 * they arrive, each in its own short statement, so a slow upload holds no transaction open; the
 * file exists once its row in `files.blobs` is written. A cut-off upload deletes its chunks; a
 * process that dies midway leaves chunks without a blob, which `sweepOrphans` removes.
 */
export class PostgresFileStorage implements FileStorage {
  /** Public for the pool metrics (`recours_pg_pool_*{pool="file-storage"}`). */
  private constructor(readonly pool: Pool) {}

  static async start(connectionString: string, pool?: Omit<PoolConfig, 'connectionString'>): Promise<PostgresFileStorage> {
    const storage = new PostgresFileStorage(openPool({ connectionString, max: 4, application_name: 'recours-file-storage', ...pool }));
    try {
      // On a connection of its own without the pool's query_timeout, like every migration.
      await migrateInTransaction(storage.pool.options, 'recours.migrations.files', (client) => client.query(`
        CREATE SCHEMA IF NOT EXISTS files;
        CREATE TABLE IF NOT EXISTS files.chunks (file_id uuid NOT NULL, seq integer NOT NULL, bytes bytea NOT NULL,
          written_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (file_id, seq));
        CREATE TABLE IF NOT EXISTS files.blobs (file_id uuid PRIMARY KEY, size bigint NOT NULL, chunks integer NOT NULL,
          stored_at timestamptz NOT NULL DEFAULT now());`));
    } catch (error) {
      await storage.close();
      throw error;
    }
    return storage;
  }

  async put(id: string, content: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    const { size, chunks } = await this.writeChunks(id, content);
    await this.pool.query('INSERT INTO files.blobs (file_id, size, chunks) VALUES ($1, $2, $3)', [id, size, chunks]);
    return { size };
  }

  async replace(id: string, content: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    // Written under a staging id without a blob (killed midway: chunks the sweep removes), then
    // renamed in one transaction: readers see the old file or the new one.
    const staging = randomUUID();
    const { size, chunks } = await this.writeChunks(staging, content);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM files.blobs WHERE file_id = $1', [id]);
      await client.query('DELETE FROM files.chunks WHERE file_id = $1', [id]);
      await client.query('UPDATE files.chunks SET file_id = $1 WHERE file_id = $2', [id, staging]);
      await client.query('INSERT INTO files.blobs (file_id, size, chunks) VALUES ($1, $2, $3)', [id, size, chunks]);
      await client.query('COMMIT');
      return { size };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await this.pool.query('DELETE FROM files.chunks WHERE file_id = $1', [staging]).catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The content's chunks under `id`, as they arrive; on failure none is left. */
  private async writeChunks(id: string, content: AsyncIterable<Uint8Array>): Promise<{ size: number; chunks: number }> {
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      const bytes = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      await this.pool.query('INSERT INTO files.chunks (file_id, seq, bytes) VALUES ($1, $2, $3)', [id, seq++, bytes]);
    };
    try {
      for await (const piece of content) {
        const buffer = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        size += buffer.length;
        for (let offset = 0; offset < buffer.length; ) {
          const take = Math.min(CHUNK_BYTES - pendingBytes, buffer.length - offset);
          pending.push(buffer.subarray(offset, offset + take));
          pendingBytes += take;
          offset += take;
          if (pendingBytes === CHUNK_BYTES) await flush();
        }
      }
      if (pendingBytes > 0 || seq === 0) await flush();
      return { size, chunks: seq };
    } catch (error) {
      await this.pool.query('DELETE FROM files.chunks WHERE file_id = $1', [id]).catch(() => undefined);
      throw error;
    }
  }

  async get(id: string): Promise<Readable | undefined> {
    const { rows } = await this.pool.query<{ chunks: number; stored_at: string }>('SELECT chunks, stored_at::text FROM files.blobs WHERE file_id = $1', [id]);
    if (rows.length === 0) return undefined;
    const pool = this.pool;
    const { chunks, stored_at: storedAt } = rows[0];
    // One chunk at a time, as the reader asks for them: a download holds at most 256 KiB. Each
    // of the very file first read (its blob's time): a replace meanwhile fails the read, never mixes two files.
    return Readable.from(
      (async function* () {
        for (let seq = 0; seq < chunks; seq++) {
          const { rows: [chunk] } = await pool.query<{ bytes: Buffer }>(
            'SELECT c.bytes FROM files.chunks c JOIN files.blobs b ON b.file_id = c.file_id WHERE c.file_id = $1 AND c.seq = $2 AND b.stored_at::text = $3',
            [id, seq, storedAt],
          );
          if (!chunk) throw new Error(`file ${id} lost its chunk ${seq}, or was replaced while read`);
          if (chunk.bytes.length > 0) yield chunk.bytes;
        }
      })(),
      { objectMode: false },
    );
  }

  async delete(id: string): Promise<void> {
    // The blob first: from then on the file no longer exists, even if removing its chunks fails.
    await this.pool.query('DELETE FROM files.blobs WHERE file_id = $1', [id]);
    await this.pool.query('DELETE FROM files.chunks WHERE file_id = $1', [id]);
  }

  /** Chunks of uploads that never completed (the process died midway), older than `before`. */
  async sweepOrphans(before: Date): Promise<number> {
    const { rowCount } = await this.pool.query(
      'DELETE FROM files.chunks c WHERE written_at < $1 AND NOT EXISTS (SELECT 1 FROM files.blobs b WHERE b.file_id = c.file_id)',
      [before],
    );
    return rowCount ?? 0;
  }

  async close(): Promise<void> {
    await endPool(this.pool).catch(() => undefined);
  }
}
