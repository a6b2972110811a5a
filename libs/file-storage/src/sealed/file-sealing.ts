import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { ByteReader } from './byte-reader';

/**
 * The stored form of a sealed file (docs/privacy.md, "Evidence files"):
 *
 *   MAGIC (8) ‖ version (1) ‖ header length (2, big-endian) ‖ header (JSON: subject, wrapped key, chunk size)
 *   ‖ chunk 0 ‖ chunk 1 ‖ … ‖ last chunk
 *
 * Each file has its own random 32-byte key, wrapped (AES-256-GCM) by its data subject's key and
 * bound to the file's id and subject: destroying the subject's key leaves the file's key, hence
 * its bytes, unreadable. Each chunk is AES-256-GCM of at most CHUNK_BYTES of the file under the
 * file's key, its tag after it, its index as nonce, and as additional data the file's id, its
 * index and whether it is the last (the STREAM construction): a chunk altered, moved, taken from
 * another file, or a file cut short at a chunk's end is refused, chunk by chunk, before any of
 * its bytes is handed on. The last chunk may be empty (an empty file is one empty last chunk).
 */
export const MAGIC = Buffer.from([0xff, ...Buffer.from('recours', 'latin1')]);
const VERSION = 1;
export const CHUNK_BYTES = 64 * 1024;
/** What a reader accepts from a header: a chunk is held whole in memory while it is checked. */
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export interface SealedHeader {
  subject: string;
  /** The file's key, wrapped by the subject's: iv ‖ ciphertext ‖ tag. */
  wrappedKey: Buffer;
  chunkBytes: number;
}

/** A sealed file that does not open: altered in storage, cut short, or not what its header says. */
export class SealedFileAltered extends Error {
  constructor(readonly fileId: string, what: string) {
    super(`the sealed file ${fileId} does not open (${what}): it was altered or cut short in storage`);
    this.name = 'SealedFileAltered';
  }
}

const keyAad = (fileId: string, subject: string) => Buffer.from(`recours file key v${VERSION}\n${fileId}\n${subject}`, 'utf8');
const chunkAad = (fileId: string, index: number, last: boolean) => Buffer.from(`recours file chunk v${VERSION}\n${fileId}\n${index}\n${last ? 'last' : 'more'}`, 'utf8');
function nonceOf(index: number): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 4);
  return nonce;
}

/** The file's bytes sealed for `subject` with her key, as they arrive; `count` sees each plain byte. */
export async function* sealFile(fileId: string, subject: string, subjectKey: Buffer, content: AsyncIterable<Uint8Array>, count: (bytes: number) => void = () => undefined): AsyncGenerator<Buffer> {
  const fileKey = randomBytes(KEY_BYTES);
  yield headerBytes({ subject, wrappedKey: wrap(subjectKey, fileKey, keyAad(fileId, subject)), chunkBytes: CHUNK_BYTES });
  const sealChunk = (plain: Buffer, index: number, last: boolean) => {
    const cipher = createCipheriv('aes-256-gcm', fileKey, nonceOf(index));
    cipher.setAAD(chunkAad(fileId, index, last));
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  // A chunk is sealed as "more" only once a byte after it has arrived: the last one is known to be last.
  let pending: Buffer[] = [];
  let held = 0;
  let index = 0;
  for await (const piece of content) {
    const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    count(bytes.length);
    pending.push(bytes);
    held += bytes.length;
    if (held <= CHUNK_BYTES) continue;
    const all = Buffer.concat(pending, held);
    let offset = 0;
    for (; held - offset > CHUNK_BYTES; offset += CHUNK_BYTES) yield sealChunk(all.subarray(offset, offset + CHUNK_BYTES), index++, false);
    pending = [all.subarray(offset)];
    held -= offset;
  }
  yield sealChunk(Buffer.concat(pending, held), index, true);
}

/** Whether stored bytes begin as a sealed file does (no accepted upload in clear does: see MAGIC's bytes). */
export const isSealed = (head: Buffer) => head.length >= MAGIC.length && head.subarray(0, MAGIC.length).equals(MAGIC);

/** The header of a sealed file, the reader placed after it (its MAGIC already read). */
export async function readHeader(fileId: string, reader: ByteReader): Promise<SealedHeader> {
  const fixed = await reader.read(3);
  if (fixed.length < 3 || fixed[0] !== VERSION) throw new SealedFileAltered(fileId, 'unknown version');
  const json = await reader.read(fixed.readUInt16BE(1));
  try {
    const header = JSON.parse(json.toString('utf8')) as { subject: string; key: string; chunk: number };
    if (typeof header.subject !== 'string' || typeof header.key !== 'string' || !Number.isInteger(header.chunk) || header.chunk <= 0 || header.chunk > MAX_CHUNK_BYTES) throw new Error('fields');
    return { subject: header.subject, wrappedKey: Buffer.from(header.key, 'base64url'), chunkBytes: header.chunk };
  } catch {
    throw new SealedFileAltered(fileId, 'unreadable header');
  }
}

function headerBytes(header: SealedHeader): Buffer {
  const json = Buffer.from(JSON.stringify({ subject: header.subject, key: header.wrappedKey.toString('base64url'), chunk: header.chunkBytes }), 'utf8');
  const fixed = Buffer.alloc(3);
  fixed[0] = VERSION;
  fixed.writeUInt16BE(json.length, 1);
  return Buffer.concat([MAGIC, fixed, json]);
}

/** The header again with the file's key wrapped for another subject (the chunks do not change). */
export function rewrapHeader(fileId: string, header: SealedHeader, fromKey: Buffer, toSubject: string, toKey: Buffer): Buffer {
  const fileKey = unwrapFileKey(fileId, header, fromKey);
  return headerBytes({ subject: toSubject, wrappedKey: wrap(toKey, fileKey, keyAad(fileId, toSubject)), chunkBytes: header.chunkBytes });
}

export function unwrapFileKey(fileId: string, header: SealedHeader, subjectKey: Buffer): Buffer {
  try {
    const { wrappedKey } = header;
    const decipher = createDecipheriv('aes-256-gcm', subjectKey, wrappedKey.subarray(0, 12));
    decipher.setAAD(keyAad(fileId, header.subject));
    decipher.setAuthTag(wrappedKey.subarray(wrappedKey.length - TAG_BYTES));
    return Buffer.concat([decipher.update(wrappedKey.subarray(12, wrappedKey.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealedFileAltered(fileId, 'its key does not open');
  }
}

/** The file's plain bytes, chunk by chunk, each handed on only once its tag is checked. */
export async function* openChunks(fileId: string, header: SealedHeader, fileKey: Buffer, reader: ByteReader): AsyncGenerator<Buffer> {
  for (let index = 0; ; index++) {
    const record = await reader.read(header.chunkBytes + TAG_BYTES);
    const last = await reader.atEnd();
    if (record.length < TAG_BYTES) throw new SealedFileAltered(fileId, `chunk ${index} cut short`);
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-gcm', fileKey, nonceOf(index));
      decipher.setAAD(chunkAad(fileId, index, last));
      decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
      plain = Buffer.concat([decipher.update(record.subarray(0, record.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new SealedFileAltered(fileId, `chunk ${index}`);
    }
    if (plain.length > 0) yield plain;
    if (last) return;
  }
}

function wrap(key: Buffer, secret: Buffer, additional: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additional);
  return Buffer.concat([iv, cipher.update(secret), cipher.final(), cipher.getAuthTag()]);
}
