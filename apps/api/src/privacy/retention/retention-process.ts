import { DisputeCommandRefused, loadDisputeHistory, type DisputeCommands } from '@recours/dispute-commands';
import type { Actor, Dispute } from '@recours/disputes';
import type { EventStore } from '@recours/event-store';
import type { DisputeErasure } from './dispute-erasure';
import type { RetentionSettings } from './retention-settings';

/** The retention job, as the record names it. */
export const RETENTION: Actor = { kind: 'SYSTEM', id: 'retention' };

/** Where the job finds the disputes it may have something to do with (the dispute-cases read model). */
export interface RetentionCandidateSource {
  endedBy(endedBy: Date, limit?: number): Promise<string[]>;
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
 * command through.
 */
export class RetentionProcess {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RetentionRound> | undefined;

  constructor(
    private readonly commands: DisputeCommands,
    private readonly store: EventStore,
    private readonly candidates: RetentionCandidateSource,
    private readonly erasure: DisputeErasure,
    private readonly settings: Pick<RetentionSettings, 'years' | 'noticeDays'>,
    private readonly now: () => Date,
    private readonly logger: RetentionLogger = { log: () => undefined, warn: () => undefined },
  ) {}

  /** One pass over what is due now; rounds never overlap. */
  runOnce(): Promise<RetentionRound> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.logger.warn({ msg: 'retention round failed', error: String(error) })), intervalMs);
    this.timer.unref();
  }

  /** No new round; the one running, if any, finishes. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async round(): Promise<RetentionRound> {
    const at = this.now();
    const tally: RetentionRound = { noticed: 0, erased: 0, skipped: 0, failed: 0 };
    // Ended before this, a dispute may be due its notice (the decider checks to the day).
    const endedBy = new Date(at);
    endedBy.setUTCFullYear(endedBy.getUTCFullYear() - this.settings.years);
    endedBy.setUTCDate(endedBy.getUTCDate() + this.settings.noticeDays + 1);
    for (const disputeId of await this.candidates.endedBy(endedBy, BATCH)) {
      tally[await this.apply(disputeId, at)]++;
    }
    if (tally.noticed + tally.erased + tally.failed > 0) this.logger.log({ msg: 'retention round', ...tally });
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

  /** The erasure's steps, then their record (the dispute leaves the job's list). */
  private async carryOut(dispute: Dispute, at: Date): Promise<'erased'> {
    const { filesDeleted } = await this.erasure.carryOut(dispute, at);
    await this.commands.handle(RETENTION, at, { type: 'CompleteErasure', disputeId: dispute.disputeId, filesDeleted }, { commandId: `retention:erasure-completed:${dispute.disputeId}` });
    return 'erased';
  }
}
