/**
 * A sign-up refused because its address already has an account must not be answered in another
 * time than a new account is, or the answer's time tells whether the address is known (issue 12
 * item 7). Both do the same work (the hash, the same statements: AccountsService.create) up to
 * where they part ways, the address's check; after it a new account commits and opens its
 * session, a refusal rolls back. So a refusal waits, from that check, for the median time the
 * latest new accounts took from theirs to their answer.
 *
 * Only that last stage is padded: padding the whole sign-up up to the median of whole sign-ups
 * held every refusal to that median at least, while half the new accounts answered sooner (an
 * answer faster than the median said "new address"), and the hash's wide spread (a major
 * collection every second sign-up, on its 19 MiB) pushed most refusals past it.
 */
/** What a new account's last stage takes in a freshly started process, before any is measured (SignUpAnswerTime). */
export const STARTING_ESTIMATE_MS = 30;

export class SignUpAnswerTime {
  /**
   * Starts with one estimate in place of a measure, so that a refusal in a freshly started
   * process, before it has made any account, is not answered at once (a new account's answer
   * spends this stage committing and opening its session): the first new accounts' stage in a
   * fresh process, measured as `succeeded` measures it, took 28 to 35 ms (test database, 2 cores,
   * Dec 2026). It weighs as one sample, and is the first to leave the window.
   */
  private readonly recent: number[];

  constructor(
    private readonly window = 25,
    startingEstimateMs = STARTING_ESTIMATE_MS,
  ) {
    this.recent = [startingEstimateMs];
  }

  /** A sign-up that made an account took this long from its address's check to its answer. */
  succeeded(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > this.window) this.recent.shift();
  }

  /** How much longer a refusal that has taken `elapsedMs` since its address's check should wait. */
  remainingFor(elapsedMs: number): number {
    const sorted = [...this.recent].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return Math.max(0, median - elapsedMs);
  }

  /** Waits out the rest of a refusal's time, counted from its address's check (`checkedAt`, performance.now()). */
  async padRefusal(checkedAt: number): Promise<void> {
    const wait = this.remainingFor(performance.now() - checkedAt);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
