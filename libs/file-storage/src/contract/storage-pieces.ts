import type { Readable } from 'node:stream';
import type { FileStorage } from '../file-storage.port';

/** What tests of file storage feed and read: content in uneven pieces, a stream's bytes, a process killed midway. */
export async function bytesOf(stream: Readable | undefined): Promise<Buffer | undefined> {
  if (!stream) return undefined;
  const pieces: Buffer[] = [];
  for await (const piece of stream) pieces.push(Buffer.from(piece));
  return Buffer.concat(pieces);
}

/** Content arriving in pieces of uneven sizes, as a network delivers it. */
export async function* piecesOf(bytes: Buffer, sizes = [1, 7, 65_536, 300_000, 1_000_003]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length];
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

/** The storage of a process killed while it writes a replacement, after `replaced` replacements went through: the switch never happens. */
export function killedWhileReplacing(storage: FileStorage, replaced = 0): FileStorage {
  let replaces = 0;
  return {
    put: storage.put.bind(storage),
    get: storage.get.bind(storage),
    delete: storage.delete.bind(storage),
    close: storage.close.bind(storage),
    replace: async (id, content) => {
      if (replaces++ < replaced) return storage.replace(id, content);
      for await (const _ of content) throw new Error('killed midway');
      return { size: 0 };
    },
  };
}
