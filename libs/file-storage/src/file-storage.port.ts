import type { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded files live. Every adapter (PostgreSQL by default, S3-compatible
 * for deployments) passes the same contract suite (contract/file-storage.contract.ts).
 * What a file is (its name, type, owner, dispute) is kept elsewhere: this port holds bytes only.
 */
export interface FileStorage {
  /**
   * Stores `content` under `id`, streaming. All or nothing: when `content` fails midway (an
   * upload cut off, a size limit crossed) the error is rethrown and nothing is kept.
   */
  put(id: string, content: AsyncIterable<Uint8Array>): Promise<{ size: number }>;
  /**
   * Stores `content` in place of the file under `id`: written whole first, then switched at once,
   * so a reader gets the old file or the new one, and when `content` fails or the process dies
   * midway the old file stays as it was.
   */
  replace(id: string, content: AsyncIterable<Uint8Array>): Promise<{ size: number }>;
  /** The bytes as a stream, or undefined when no complete file has this id. */
  get(id: string): Promise<Readable | undefined>;
  /** Removes the file; removing a missing one is not an error. */
  delete(id: string): Promise<void>;
  close(): Promise<void>;
}

/** Injection token for the configured adapter. */
export const FILE_STORAGE = Symbol.for('recours.FileStorage');
