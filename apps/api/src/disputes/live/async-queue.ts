/**
 * A push-to-pull queue: producers push, a `for await` consumer pulls; ending it ends the loop,
 * after what was pushed, with `failure` thrown last when it ends with one (a refusal saying why).
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private readonly pulls: Array<{ resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void }> = [];
  private ended = false;
  /** What the queue ended with, until a pull has thrown it. */
  private failure: { error: unknown } | undefined;

  constructor(private readonly onEnd: () => void = () => undefined) {}

  push(item: T): void {
    if (this.ended) return;
    const pull = this.pulls.shift();
    if (pull) pull.resolve({ value: item, done: false });
    else this.items.push(item);
  }

  end(failure?: { error: unknown }): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = failure;
    // Pulls wait only while nothing is queued: the first one is told why, if the queue says.
    for (const pull of this.pulls.splice(0)) {
      if (this.failure) pull.reject(this.failure.error);
      else pull.resolve({ value: undefined, done: true });
      this.failure = undefined;
    }
    this.onEnd();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift() as T, done: false });
    if (this.ended) {
      const failure = this.failure;
      this.failure = undefined;
      return failure ? Promise.reject(failure.error) : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => this.pulls.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
