/**
 * Work done in rounds: one now (`runOnce`) or one every interval (`start`). Rounds never overlap:
 * a call during a round gets that round. A round that fails on the timer is reported
 * (`roundFailed`) and the next one runs as planned. `stop` lets the round running finish, for a
 * graceful shutdown.
 */
export abstract class RecurringRounds<Round> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<Round> | undefined;

  /** One round's work. */
  protected abstract round(): Promise<Round>;

  /** A round started by the timer failed. */
  protected abstract roundFailed(error: unknown): void;

  /** One pass over what is due now; rounds never overlap. */
  runOnce(): Promise<Round> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  start(intervalMs: number): void {
    this.pause();
    this.timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.roundFailed(error)), intervalMs);
    this.timer.unref();
  }

  /** No new round; the one running, if any, goes on. */
  pause(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** No new round, and the running one finished. */
  async stop(): Promise<void> {
    this.pause();
    await this.running?.catch(() => undefined);
  }
}
