/**
 * A sign-up refused because its address already has an account must not be answered sooner than
 * a new account is, or the answer's time tells whether the address is known (issue 12 item 7).
 * Doing the same statements and rolling them back (AccountsService.create) leaves the new
 * account's session out, which still made a taken address measurably faster (0.74× on CI). So a
 * refusal waits until the median time of the latest sign-ups that succeeded in this process.
 */
export class SignUpAnswerTime {
  private readonly recent: number[] = [];

  constructor(private readonly window = 25) {}

  /** A sign-up that made an account took this long. */
  succeeded(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > this.window) this.recent.shift();
  }

  /** How much longer a refusal that has taken `elapsedMs` so far should wait. */
  remainingFor(elapsedMs: number): number {
    if (this.recent.length === 0) return 0;
    const sorted = [...this.recent].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return Math.max(0, median - elapsedMs);
  }

  /** Waits out the rest of a refusal's time. */
  async padRefusal(startedAt: number): Promise<void> {
    const wait = this.remainingFor(performance.now() - startedAt);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
