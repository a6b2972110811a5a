/** A map that forgets the least recently used entries beyond `capacity`. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly forgotten: Set<K> | undefined;

  /** With `rememberPushedOut`, it keeps the keys it forgot (not their values): for a run of bounded length. */
  constructor(
    readonly capacity: number,
    { rememberPushedOut = false } = {},
  ) {
    this.forgotten = rememberPushedOut ? new Set() : undefined;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting makes the entry the most recent.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Stores the value; answers the entry this pushed out, if any, for a caller that must still write it. */
  set(key: K, value: V): [K, V] | undefined {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size <= this.capacity) return undefined;
    const [oldest] = this.entries;
    this.entries.delete(oldest[0]);
    this.forgotten?.add(oldest[0]);
    return oldest;
  }

  /** Whether the entry was once pushed out (only known with `rememberPushedOut`). */
  pushedOut(key: K): boolean {
    return this.forgotten?.has(key) ?? false;
  }

  values(): IterableIterator<V> {
    return this.entries.values();
  }

  get size(): number {
    return this.entries.size;
  }
}
