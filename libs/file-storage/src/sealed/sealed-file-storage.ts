import { Readable } from 'node:stream';
import type { SubjectKeyRing } from '@recours/event-store';
import type { FileStorage } from '../file-storage.port';
import { ByteReader } from './byte-reader';
import { isSealed, MAGIC, openChunks, readHeader, rewrapHeader, sealFile, unwrapFileKey } from './file-sealing';

/** Injection token of the files sealed with their data subjects' keys (the way every upload is stored). */
export const SEALED_FILES = Symbol.for('recours.SealedFiles');

/** The file's data subject was erased: her key is destroyed, its bytes can no longer be read. */
export class FileErased extends Error {
  constructor(readonly fileId: string) {
    super(`the file ${fileId} was erased: its data subject's key is destroyed`);
    this.name = 'FileErased';
  }
}

/**
 * Files sealed with their data subject's key (AES-256-GCM, file-sealing.ts) over any file
 * storage adapter: what is stored is never the file in clear, and destroying the subject's key
 * (SubjectKeyRing.destroy) erases the file wherever its bytes are, backups included. Files
 * stored in clear before this (until `npm run files:encrypt` has sealed them) are read as they
 * are, told apart by the sealed form's first bytes.
 */
export class SealedFileStorage {
  constructor(
    /** The adapter holding the bytes (deleting through it, by the same id, still deletes the file). */
    readonly stored: FileStorage,
    private readonly keys: Pick<SubjectKeyRing, 'keyForWriting' | 'keysForReading'>,
  ) {}

  /**
   * Seals `content` for `subject` as it arrives and stores it under `id`, all or nothing (as
   * FileStorage.put); answers the plain size.
   */
  async put(id: string, subject: string, content: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    const key = await this.keys.keyForWriting(subject);
    let size = 0;
    await this.stored.put(id, sealFile(id, subject, key, content, (bytes) => (size += bytes)));
    return { size };
  }

  /**
   * The file's plain bytes as a stream (undefined when there is no such file), opened chunk by
   * chunk as the reader asks: a chunk that does not open fails the stream (SealedFileAltered)
   * before any of its bytes. FileErased when its subject's key is destroyed.
   */
  async get(id: string): Promise<Readable | undefined> {
    const raw = await this.stored.get(id);
    if (!raw) return undefined;
    const reader = new ByteReader(raw);
    try {
      const head = await reader.read(MAGIC.length);
      if (!isSealed(head)) return Readable.from(closing(prepend(head, reader), reader));
      const header = await readHeader(id, reader);
      const subjectKey = (await this.keys.keysForReading([header.subject])).get(header.subject);
      if (!subjectKey) throw new FileErased(id);
      const fileKey = unwrapFileKey(id, header, subjectKey);
      return Readable.from(closing(openChunks(id, header, fileKey, reader), reader));
    } catch (error) {
      await reader.close();
      raw.destroy();
      throw error;
    }
  }

  /**
   * Makes the stored file sealed for `subject`, in place. A file in clear (stored before sealing
   * existed) is sealed; a file sealed for another subject (a file recorded in a dispute, whose
   * keys may be scoped to it) has its key wrapped again for `subject`, its chunks copied as they
   * are. Either way the new form is written whole, then takes the old one's place at once
   * (FileStorage.replace), so a run stopped midway leaves the file as it was. A file already
   * sealed for `subject` is left alone.
   */
  async seal(id: string, subject: string): Promise<'SEALED' | 'RESEALED' | 'ALREADY_SEALED' | 'MISSING'> {
    const raw = await this.stored.get(id);
    if (!raw) return 'MISSING';
    const reader = new ByteReader(raw);
    try {
      const head = await reader.read(MAGIC.length);
      if (!isSealed(head)) {
        await this.stored.replace(id, sealFile(id, subject, await this.keys.keyForWriting(subject), prepend(head, reader)));
        return 'SEALED';
      }
      const header = await readHeader(id, reader);
      if (header.subject === subject) return 'ALREADY_SEALED';
      const from = (await this.keys.keysForReading([header.subject])).get(header.subject);
      if (!from) throw new FileErased(id);
      const rewrapped = rewrapHeader(id, header, from, subject, await this.keys.keyForWriting(subject));
      await this.stored.replace(id, prepend(rewrapped, reader));
      return 'RESEALED';
    } finally {
      await reader.close();
      raw.destroy();
    }
  }

  async delete(id: string): Promise<void> {
    await this.stored.delete(id);
  }
}

async function* prepend(head: Buffer, reader: ByteReader): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  yield* reader.rest();
}

/** The generator's bytes, the source released however the reading ends (finished, failed, or dropped by the reader). */
async function* closing(bytes: AsyncGenerator<Buffer>, reader: ByteReader): AsyncGenerator<Buffer> {
  try {
    yield* bytes;
  } finally {
    await reader.close();
  }
}
