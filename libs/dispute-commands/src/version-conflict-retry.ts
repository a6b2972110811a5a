import { WrongExpectedVersionError } from '@recours/event-store';

export interface RetryPolicy {
  /** How long a command may keep deciding again; 0: no retry. */
  giveUpAfterMs: number;
  /** Waits after failed attempt `n` (1, 2, …), before the next. */
  pause(failedAttempt: number): Promise<void>;
}

/**
 * Concurrent writers in other processes, without an expectedVersion: decide again on the newer
 * state. Each attempt reads only the events it has not seen (DisputeHistories), so attempts are
 * cheap, and the pause is short: a writer that lost waits behind the winner's process, whose
 * next command starts as soon as the winner committed, and a long pause would let that process
 * win again and again. The budget is time, not a count: under a storm the loser wins once the
 * other process's queue thins, which takes longer than any fixed number of quick attempts.
 * 20 s: with 10 s, one of 64 clients × 5 messages on one dispute (two API processes, a 2-core
 * machine running the rest of CI) lost for the whole budget and was answered CONFLICT, a refusal
 * a client that sent no expectedVersion cannot act on. Clients wait longer in such a storm instead.
 */
export const ON_VERSION_CONFLICT: RetryPolicy = {
  giveUpAfterMs: 20_000,
  pause: () => new Promise((resolve) => setTimeout(resolve, Math.random() * 3)),
};

export const NO_RETRY: RetryPolicy = { giveUpAfterMs: 0, pause: async () => undefined };

/** Runs `attempt` again while another writer got to the stream first, within the policy's budget; the last conflict is rethrown. */
export async function retryOnVersionConflict<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  const giveUpAt = Date.now() + policy.giveUpAfterMs;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || Date.now() >= giveUpAt) throw error;
      await policy.pause(n);
    }
  }
}
