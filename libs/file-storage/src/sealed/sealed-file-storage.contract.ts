import { randomBytes, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { PostgresSubjectKeys } from '@recours/event-store';
import type { FileStorage } from '../file-storage.port';
import { bytesOf as bytesOrNone, killedWhileReplacing, piecesOf } from '../contract/storage-pieces';
import { CHUNK_BYTES, MAGIC, SealedFileAltered } from './file-sealing';
import { FileErased, SealedFileStorage } from './sealed-file-storage';

async function bytesOf(stream: Readable | undefined): Promise<Buffer> {
  const bytes = await bytesOrNone(stream);
  if (!bytes) throw new Error('no such file');
  return bytes;
}

const RECORD = CHUNK_BYTES + 16;
/** Where the chunks of a stored sealed file begin (after MAGIC, version, length and header). */
const chunksStart = (raw: Buffer) => MAGIC.length + 3 + raw.readUInt16BE(MAGIC.length + 1);

/**
 * Files sealed with their subject's key, over a real adapter and a real key ring: each adapter's
 * spec runs it (the same bytes rules whatever holds them).
 */
export function sealedFileStorageContract(open: () => Promise<{ storage: FileStorage; keys: PostgresSubjectKeys }>, close: () => Promise<void>): void {
  let files: SealedFileStorage;
  let storage: FileStorage;
  let keys: PostgresSubjectKeys;
  const raw = async (id: string) => bytesOf(await storage.get(id));
  /** Stored bytes changed behind recours's back (an attacker with access to the storage). */
  const tamper = async (id: string, change: (raw: Buffer) => Buffer) => storage.replace(id, piecesOf(change(Buffer.from(await raw(id)))));

  beforeAll(async () => {
    ({ storage, keys } = await open());
    files = new SealedFileStorage(storage, keys);
  });
  afterAll(close);

  it('round-trips every size exactly, and stores none of the plain bytes', async () => {
    const subject = randomUUID();
    for (const size of [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * 1024 * 1024 + 5]) {
      const id = randomUUID();
      const plain = randomBytes(size);
      expect(await files.put(id, subject, piecesOf(plain))).toEqual({ size });
      expect((await bytesOf(await files.get(id))).equals(plain)).toBe(true);
      const stored = await raw(id);
      expect(stored.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
      if (size >= 64) expect(stored.includes(plain.subarray(size >> 1, (size >> 1) + 32))).toBe(false);
    }
    expect(await files.get(randomUUID())).toBeUndefined();
  });

  it('refuses a flipped byte, swapped chunks, a file cut at a chunk’s end and a chunk of another file, handing on no byte of a chunk that does not open', async () => {
    const subject = randomUUID();
    const plain = randomBytes(3 * CHUNK_BYTES + 100);
    const put = async () => {
      const id = randomUUID();
      await files.put(id, subject, piecesOf(plain));
      return id;
    };
    const readUntilRefused = async (id: string) => {
      const got: Buffer[] = [];
      try {
        for await (const piece of (await files.get(id)) as Readable) got.push(Buffer.from(piece));
      } catch (error) {
        return { error, got: Buffer.concat(got) };
      }
      return { error: undefined, got: Buffer.concat(got) };
    };

    const flipped = await put();
    await tamper(flipped, (b) => {
      b[chunksStart(b) + RECORD + 10] ^= 0x01; // in chunk 1
      return b;
    });
    const afterFlip = await readUntilRefused(flipped);
    expect(afterFlip.error).toBeInstanceOf(SealedFileAltered);
    // At most chunk 0 (the stream may drop what it buffered once it fails), never a byte of chunk 1.
    expect(afterFlip.got.length).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(afterFlip.got.equals(plain.subarray(0, afterFlip.got.length))).toBe(true);

    const swapped = await put();
    await tamper(swapped, (b) => {
      const at = chunksStart(b);
      return Buffer.concat([b.subarray(0, at), b.subarray(at + RECORD, at + 2 * RECORD), b.subarray(at, at + RECORD), b.subarray(at + 2 * RECORD)]);
    });
    expect((await readUntilRefused(swapped))).toEqual({ error: expect.any(SealedFileAltered), got: Buffer.alloc(0) });

    const cut = await put();
    await tamper(cut, (b) => b.subarray(0, chunksStart(b) + 3 * RECORD)); // the last chunk dropped
    expect((await readUntilRefused(cut)).error).toBeInstanceOf(SealedFileAltered);

    const [one, other] = [await put(), await put()];
    const otherChunk = (await raw(other)).subarray(chunksStart(await raw(other)), chunksStart(await raw(other)) + RECORD);
    await tamper(one, (b) => Buffer.concat([b.subarray(0, chunksStart(b)), otherChunk, b.subarray(chunksStart(b) + RECORD)]));
    expect((await readUntilRefused(one)).error).toBeInstanceOf(SealedFileAltered);

    const header = await put();
    await tamper(header, (b) => {
      b[b.indexOf('"key":"') + 10] ^= 0x02; // in the wrapped key
      return b;
    });
    await expect(files.get(header)).rejects.toBeInstanceOf(SealedFileAltered);
  });

  it('once the subject’s key is destroyed, the file answers erased and its stored bytes stay unreadable', async () => {
    const subject = randomUUID();
    const other = randomUUID();
    const plain = Buffer.from('Facture n° 2026-118, Claire Dupont, 12 rue des Lilas, 69003 Lyon. '.repeat(2000));
    const [hers, theirs] = [randomUUID(), randomUUID()];
    await files.put(hers, subject, piecesOf(plain));
    await files.put(theirs, other, piecesOf(plain));
    expect(await keys.destroy(subject)).toBe(true);
    await expect(files.get(hers)).rejects.toBeInstanceOf(FileErased);
    expect((await raw(hers)).includes('Claire Dupont')).toBe(false);
    // Another person's file is untouched.
    expect((await bytesOf(await files.get(theirs))).equals(plain)).toBe(true);
    // Deleting through the adapter, by the same id, still deletes it.
    await storage.delete(hers);
    expect(await files.get(hers)).toBeUndefined();
  });

  it('reads a file stored in clear before sealing; seals it in place, once; a seal stopped midway leaves the clear file whole', async () => {
    const subject = randomUUID();
    const plain = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 * CHUNK_BYTES + 7)]);
    const id = randomUUID();
    await storage.put(id, piecesOf(plain));
    expect((await bytesOf(await files.get(id))).equals(plain)).toBe(true);

    // The process dies while writing the sealed copy: the switch never happens.
    await expect(new SealedFileStorage(killedWhileReplacing(storage), keys).seal(id, subject)).rejects.toThrow('killed midway');
    expect((await raw(id)).equals(plain)).toBe(true);

    expect(await files.seal(id, subject)).toBe('SEALED');
    expect((await raw(id)).subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
    expect((await bytesOf(await files.get(id))).equals(plain)).toBe(true);
    expect(await files.seal(id, subject)).toBe('ALREADY_SEALED');
    expect(await files.seal(randomUUID(), subject)).toBe('MISSING');
  });

  it('seals a file again for another subject: its key re-wrapped, its chunks untouched; then it goes with the new subject’s key only', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const plain = randomBytes(CHUNK_BYTES + 10);
    const id = randomUUID();
    await files.put(id, first, piecesOf(plain));
    const before = await raw(id);
    expect(await files.seal(id, second)).toBe('RESEALED');
    const after = await raw(id);
    expect(after.subarray(chunksStart(after)).equals(before.subarray(chunksStart(before)))).toBe(true);
    expect(await files.seal(id, second)).toBe('ALREADY_SEALED');
    await keys.destroy(first);
    expect((await bytesOf(await files.get(id))).equals(plain)).toBe(true);
    await keys.destroy(second);
    await expect(files.get(id)).rejects.toBeInstanceOf(FileErased);
  });
}
