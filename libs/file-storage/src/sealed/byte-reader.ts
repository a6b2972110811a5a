/**
 * Reads a stream of pieces of any size as exact runs of bytes (a header, then fixed-size chunks),
 * pulling only what the next read needs: at most one chunk is held.
 */
export class ByteReader {
  private readonly source: AsyncIterator<Uint8Array>;
  private pieces: Buffer[] = [];
  private held = 0;
  private ended = false;

  constructor(stream: AsyncIterable<Uint8Array>) {
    this.source = stream[Symbol.asyncIterator]();
  }

  /** `n` bytes, fewer only at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    while (this.held < n && (await this.pull()));
    // Only the bytes taken are copied: a large piece is sliced, not copied whole at each read.
    const want = Math.min(n, this.held);
    const taken: Buffer[] = [];
    let count = 0;
    while (count < want) {
      const piece = this.pieces[0];
      const take = Math.min(piece.length, want - count);
      taken.push(piece.subarray(0, take));
      count += take;
      if (take === piece.length) this.pieces.shift();
      else this.pieces[0] = piece.subarray(take);
    }
    this.held -= want;
    return taken.length === 1 ? taken[0] : Buffer.concat(taken, want);
  }

  /** Whether nothing is left to read. */
  async atEnd(): Promise<boolean> {
    while (this.held === 0 && (await this.pull()));
    return this.held === 0;
  }

  /** What is left, as it comes. */
  async *rest(): AsyncGenerator<Buffer> {
    if (this.held > 0) yield await this.read(this.held);
    for (;;) {
      const next = await this.source.next();
      if (next.done) return;
      yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    }
  }

  /** Stops reading (the source's resources released). */
  async close(): Promise<void> {
    await this.source.return?.();
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.pieces.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    this.held += next.value.byteLength;
    return true;
  }
}
