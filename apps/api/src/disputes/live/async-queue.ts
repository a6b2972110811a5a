/** A push-to-pull queue: producers push, a `for await` consumer pulls; ending it ends the loop. */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private readonly pulls: Array<(result: IteratorResult<T>) => void> = [];
  private ended = false;

  constructor(private readonly onEnd: () => void = () => undefined) {}

  push(item: T): void {
    if (this.ended) return;
    const pull = this.pulls.shift();
    if (pull) pull({ value: item, done: false });
    else this.items.push(item);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const pull of this.pulls.splice(0)) pull({ value: undefined, done: true });
    this.onEnd();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift() as T, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.pulls.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
