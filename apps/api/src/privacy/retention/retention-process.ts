import { RecurringRounds } from '@recours/clock';
import { DisputeCommandRefused, loadDisputeHistory, type DisputeCommands } from '@recours/dispute-commands';
import type { Actor, Dispute } from '@recours/disputes';
import type { EventStore } from '@recours/event-store';
import type { RetentionCandidate } from '@recours/read-models';
import type { DisputeErasure } from './dispute-erasure';
import type { RetentionFailures } from './retention-failures';
import type { RetentionSettings } from './retention-settings';

/** The retention job, as the record names it. */
export const RETENTION: Actor = { kind: 'SYSTEM', id: 'retention' };

/** Where the job finds the disputes it may have something to do with (the dispute-cases read model). */
export interface RetentionCandidateSource {
  endedBy(endedBy: Date, limit?: number, except?: readonly string[], after?: RetentionCandidate): Promise<RetentionCandidate[]>;
}

export interface RetentionRound {
  /** Parties told of an erasure to come (ErasureNoticeGiven). */
  noticed: number;
  /** Disputes erased and their erasure carried out. */
  erased: number;
  /** Nothing due yet (a notice given, its date not come), or done meanwhile by another process. */
  skipped: number;
  failed: number;
}

export interface RetentionLogger {
  log(message: Record<string, unknown>): void;
  warn(message: Record<string, unknown>): void;
  error(message: Record<string, unknown>): void;
}

/** Not due yet, kept for litigation, or done by another process meanwhile: nothing to do now. */
const NOTHING_TO_DO = new Set(['RETENTION_NOT_DUE', 'LEGAL_HOLD', 'DISPUTE_ERASED']);
const BATCH = 200;

/**
 * Erases the disputes ended more than RETENTION_YEARS ago, after notice (docs/privacy.md,
 * "Retention"). Each round takes the disputes ended long enough ago that a notice may be due,
 * not under a legal hold and not yet erased, and sends each ApplyRetention through the command
 * path: the decider records the notice, then on the day it named the erasure, or refuses what is
 * not due. An erasure is recorded first (DisputeErased), then carried out (keys, files, read
 * models), then recorded as carried out (DisputeErasureCompleted): a dispute whose erasure was
 * recorded but not completed (a crash in between) is carried out again at the next round, as
 * every step may run twice. Several processes may run it: the stream's version lets one
 * command through. A dispute the job could not act on (its erasure refused to complete, say) is
 * recorded (RetentionFailures) and logged as an error naming it; later rounds take every other
 * candidate first and retry it in what room is left, least recently tried first, so that it
 * never holds back the disputes behind it.
 */
export class RetentionProcess extends RecurringRounds<RetentionRound> {
  constructor(
    private readonly commands: DisputeCommands,
    private readonly store: EventStore,
    private readonly candidates: RetentionCandidateSource,
    private readonly failures: Pick<RetentionFailures, 'blocked' | 'failed' | 'cleared'>,
    private readonly erasure: Pick<DisputeErasure, 'carryOut'>,
    private readonly settings: Pick<RetentionSettings, 'years' | 'noticeDays'>,
    private readonly now: () => Date,
    private readonly logger: RetentionLogger = { log: () => undefined, warn: () => undefined, error: () => undefined },
    private readonly batch = BATCH,
  ) {
    super();
  }

  protected override roundFailed(error: unknown): void {
    this.logger.warn({ msg: 'retention round failed', error: String(error) });
  }

  protected override async round(): Promise<RetentionRound> {
    const at = this.now();
    const tally: RetentionRound = { noticed: 0, erased: 0, skipped: 0, failed: 0 };
    // Ended before this, a dispute may be due its notice (the decider checks to the day).
    const endedBy = new Date(at);
    endedBy.setUTCFullYear(endedBy.getUTCFullYear() - this.settings.years);
    endedBy.setUTCDate(endedBy.getUTCDate() + this.settings.noticeDays + 1);
    // Up to `batch` disputes acted on; those with nothing due (a notice given, its day not come)
    // are paged past, and the blocked come last, in what room is left.
    const blocked = await this.failures.blocked();
    let acted = 0;
    for (let after: RetentionCandidate | undefined, page: RetentionCandidate[] = []; acted < this.batch; after = page[page.length - 1]) {
      page = await this.candidates.endedBy(endedBy, this.batch, blocked, after);
      for (const { disputeId } of page) if ((await this.take(disputeId, at, tally, false)) !== 'skipped' && ++acted === this.batch) break;
      if (page.length < this.batch) break;
    }
    const retried = blocked.slice(0, Math.max(0, this.batch - acted));
    for (const disputeId of retried) await this.take(disputeId, at, tally, true);
    if (tally.noticed + tally.erased + tally.failed > 0) this.logger.log({ msg: 'retention round', ...tally, retried: retried.length });
    return tally;
  }

  private async apply(disputeId: string, at: Date): Promise<keyof RetentionRound> {
    try {
      const { state } = await loadDisputeHistory(this.store, disputeId);
      if (!state.filed) return 'skipped';
      if (state.erased && !state.erased.completedAt) return await this.carryOut(state, at);
      const outcome = await this.commands.handle(RETENTION, at, { type: 'ApplyRetention', disputeId, retentionYears: this.settings.years, noticeDays: this.settings.noticeDays });
      if (outcome.events.includes('DisputeErased') && outcome.history.state.filed) return await this.carryOut(outcome.history.state, at);
      return outcome.events.includes('ErasureNoticeGiven') ? 'noticed' : 'skipped';
    } catch (error) {
      if (error instanceof DisputeCommandRefused && NOTHING_TO_DO.has(error.refusal.code)) return 'skipped';
      this.logger.warn({ msg: 'retention could not act on a dispute', disputeId, error: String(error) });
      return 'failed';
    }
  }

  /**
   * Acts on one dispute and counts it. A failure is recorded and told to the operator as an
   * error naming the dispute (docs/privacy.md, "Retention"); a blocked dispute that no longer
   * fails (erased, held, done elsewhere) leaves the record.
   */
  private async take(disputeId: string, at: Date, tally: RetentionRound, wasBlocked: boolean): Promise<keyof RetentionRound> {
    const outcome = await this.apply(disputeId, at);
    tally[outcome]++;
    if (outcome === 'failed') {
      const { failures, firstFailedAt } = await this.failures.failed(disputeId, at);
      this.logger.error({ msg: 'retention blocked on a dispute', disputeId, failures, since: firstFailedAt.toISOString() });
    } else if (wasBlocked) await this.failures.cleared(disputeId);
    return outcome;
  }

  /** The erasure's steps, then their record (the dispute leaves the job's list). */
  private async carryOut(dispute: Dispute, at: Date): Promise<'erased'> {
    const { filesDeleted } = await this.erasure.carryOut(dispute, at);
    await this.commands.handle(RETENTION, at, { type: 'CompleteErasure', disputeId: dispute.disputeId, filesDeleted }, { commandId: `retention:erasure-completed:${dispute.disputeId}` });
    return 'erased';
  }
}
