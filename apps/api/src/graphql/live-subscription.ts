import type { ExecutionResult } from 'graphql';

const DONE: IteratorResult<ExecutionResult> = { value: undefined, done: true };

/**
 * One subscription's stream of results, which the server can end from outside (its token expired
 * or was revoked): the last result it was given is sent, then the stream completes. `onEnd` runs
 * once, however it ends (completed, ended, the client's `complete`, the socket closed).
 */
export class LiveSubscription implements AsyncIterableIterator<ExecutionResult> {
  /** undefined: running; null: ending with nothing more to send; a result: the last one to send. */
  private ending: ExecutionResult | null | undefined;
  private wake: (() => void) | undefined;
  private finished = false;

  constructor(
    private readonly source: AsyncIterator<ExecutionResult>,
    private readonly onEnd: () => void,
  ) {}

  /** Ends the stream: `last` is sent first (an error saying why), then it completes. */
  end(last?: ExecutionResult): void {
    if (this.ending !== undefined || this.finished) return;
    this.ending = last ?? null;
    this.wake?.();
    void this.source.return?.().catch(() => undefined);
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.finished) return DONE;
    if (this.ending === undefined) {
      const woken = new Promise<null>((resolve) => (this.wake = () => resolve(null)));
      const result = await Promise.race([this.source.next(), woken]);
      if (result && !result.done) return result;
      if (result?.done) return this.finish();
    }
    const last = this.ending;
    this.ending = null;
    return last ? { value: last, done: false } : this.finish();
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    if (this.ending === undefined) this.ending = null;
    this.wake?.();
    await this.source.return?.().catch(() => undefined);
    return this.finish();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  private finish(): IteratorResult<ExecutionResult> {
    if (!this.finished) {
      this.finished = true;
      this.onEnd();
    }
    return DONE;
  }
}
