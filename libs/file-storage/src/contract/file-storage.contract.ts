import { randomBytes, randomUUID, createHash } from 'node:crypto';
import type { FileStorage } from '../file-storage.port';
import { bytesOf, piecesOf } from './storage-pieces';

/** Content that fails after `after` bytes: an upload cut off midway. */
async function* cutOff(bytes: Buffer, after: number): AsyncGenerator<Uint8Array> {
  yield* piecesOf(bytes.subarray(0, after));
  throw new Error('connection reset by peer');
}

/**
 * The behaviour every file storage adapter must have; each adapter's spec calls this with a
 * factory for a storage on a real server.
 */
export function fileStorageContract(open: () => Promise<FileStorage>, close: () => Promise<void>): void {
  let storage: FileStorage;
  beforeAll(async () => {
    storage = await open();
  });
  afterAll(close);

  it('round-trips bytes exactly, from an empty file to one of several parts', async () => {
    for (const size of [0, 1, 1000, 256 * 1024, 256 * 1024 + 1, 12 * 1024 * 1024 + 3]) {
      const id = randomUUID();
      const bytes = randomBytes(size);
      expect(await storage.put(id, piecesOf(bytes))).toEqual({ size });
      const read = await bytesOf(await storage.get(id));
      expect(read?.length).toBe(size);
      expect(createHash('sha256').update(read as Buffer).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('answers undefined for a file it does not have', async () => {
    expect(await storage.get(randomUUID())).toBeUndefined();
  });

  it('keeps nothing of an upload cut off midway, whether in its first part or after several', async () => {
    for (const [size, after] of [[100_000, 50_000], [13 * 1024 * 1024, 11 * 1024 * 1024]]) {
      const id = randomUUID();
      await expect(storage.put(id, cutOff(randomBytes(size), after))).rejects.toThrow('connection reset by peer');
      expect(await storage.get(id)).toBeUndefined();
    }
  });

  it('deletes a file, and deleting it again is no error', async () => {
    const id = randomUUID();
    await storage.put(id, piecesOf(Buffer.from('facture')));
    await storage.delete(id);
    expect(await storage.get(id)).toBeUndefined();
    await expect(storage.delete(id)).resolves.toBeUndefined();
    await expect(storage.delete(randomUUID())).resolves.toBeUndefined();
  });

  it('replaces a file whole, and keeps the old one when the new content fails midway', async () => {
    const id = randomUUID();
    const [first, second] = [randomBytes(600_000), randomBytes(300_001)];
    await storage.put(id, piecesOf(first));
    await expect(storage.replace(id, cutOff(second, 200_000))).rejects.toThrow('connection reset by peer');
    expect((await bytesOf(await storage.get(id)))?.equals(first)).toBe(true);
    expect(await storage.replace(id, piecesOf(second))).toEqual({ size: second.length });
    expect((await bytesOf(await storage.get(id)))?.equals(second)).toBe(true);
  });

  it('stores concurrent uploads side by side without mixing them', async () => {
    const files = Array.from({ length: 6 }, () => ({ id: randomUUID(), bytes: randomBytes(400_000 + Math.floor(Math.random() * 1000)) }));
    await Promise.all(files.map((f) => storage.put(f.id, piecesOf(f.bytes))));
    for (const f of files) expect((await bytesOf(await storage.get(f.id)))?.equals(f.bytes)).toBe(true);
  });
}
