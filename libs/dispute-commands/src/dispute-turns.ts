/**
 * Commands on one dispute take turns within a process, so that they do not race each other for
 * the stream's next version: with 64 clients writing to one dispute, jittered retries alone still
 * left a third of them answered CONFLICT. A turn waits at most `maxWaitMs` for the one before
 * it, so a database that stopped answering does not queue everyone behind one command; writers
 * in other processes are still handled by the retries. One instance per process, injected.
 */
export class DisputeTurns {
  private readonly turns = new Map<string, Promise<void>>();

  constructor(private readonly maxWaitMs = 2_000) {}

  /** Waits for the dispute's previous turn (bounded) and answers the function that ends this one. */
  async take(disputeId: string): Promise<() => void> {
    const before = this.turns.get(disputeId);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.turns.set(disputeId, mine);
    if (before) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([before, new Promise((resolve) => (timer = setTimeout(resolve, this.maxWaitMs)))]);
      clearTimeout(timer);
    }
    return () => {
      release();
      if (this.turns.get(disputeId) === mine) this.turns.delete(disputeId);
    };
  }

  /** How many disputes have a turn taken or waited for (each is forgotten once its last turn ends). */
  get busy(): number {
    return this.turns.size;
  }
}
