import { RecurringRounds } from '@recours/clock';
import { DisputeCommandRefused, type DisputeCommands } from '@recours/dispute-commands';
import type { Actor } from '@recours/disputes';
import type { OpenDeadlineItem } from '@recours/read-models';

/** Where the process finds the deadlines to act on: the open-deadlines read model. */
export interface DueDeadlines {
  /** Oldest first; `after`: the last deadline of the previous page, to read on past it. */
  passedAt(at: Date, limit?: number, after?: OpenDeadlineItem): Promise<OpenDeadlineItem[]>;
  remindersDueAt(at: Date, limit?: number, after?: OpenDeadlineItem): Promise<OpenDeadlineItem[]>;
}

export interface DeadlineRound {
  /** Deadlines whose passing this round recorded (MerchantResponseOverdue, OfferExpired, …). */
  recorded: number;
  /** Reminders this round recorded. */
  reminded: number;
  /** Already recorded by another instance or a previous round, or no longer open. */
  skipped: number;
  failed: number;
}

export interface DeadlineProcessLogger {
  warn(message: Record<string, unknown>): void;
}

/**
 * Every deadline due, page after page, each read past the last one of the previous page until a
 * short page. A deadline that stays listed (a command refused or failing each round, a projection
 * behind on its dispute) is tried again next round but never hides the ones after it: with only
 * the oldest page read, a full page of those would keep every later deadline from passing.
 */
async function* pages(page: (after: OpenDeadlineItem | undefined) => Promise<OpenDeadlineItem[]>): AsyncGenerator<OpenDeadlineItem> {
  let after: OpenDeadlineItem | undefined;
  for (;;) {
    const items = await page(after);
    yield* items;
    if (items.length < BATCH) return;
    after = items[items.length - 1];
  }
}

const SYSTEM: Actor = { kind: 'SYSTEM', id: 'deadline-process' };
const BATCH = 200;
/** A deadline already recorded, met, or not yet reached on the dispute itself: nothing to do. */
const NOTHING_TO_DO = new Set(['NO_SUCH_DEADLINE', 'DEADLINE_NOT_REACHED', 'REMINDER_ALREADY_RECORDED', 'REMINDER_TOO_EARLY', 'REMINDER_TOO_LATE', 'REMINDERS_DISABLED', 'DISPUTE_CLOSED']);

/**
 * Turns passed deadlines into events. Exactly once, even with several instances polling the
 * same list: each command carries an idempotency key derived from the deadline, and the event
 * store stores a key once per dispute; the decider also refuses a deadline already recorded.
 */
export class DeadlineProcess extends RecurringRounds<DeadlineRound> {
  constructor(
    private readonly commands: DisputeCommands,
    private readonly due: DueDeadlines,
    private readonly now: () => Date,
    private readonly logger: DeadlineProcessLogger = { warn: () => undefined },
  ) {
    super();
  }

  protected override roundFailed(error: unknown): void {
    this.logger.warn({ msg: 'deadline round failed', error: String(error) });
  }

  protected override async round(): Promise<DeadlineRound> {
    const at = this.now();
    const tally: DeadlineRound = { recorded: 0, reminded: 0, skipped: 0, failed: 0 };
    for await (const deadline of pages((after) => this.due.passedAt(at, BATCH, after))) {
      tally[await this.send('RecordDeadlinePassed', deadline, at)]++;
    }
    for await (const deadline of pages((after) => this.due.remindersDueAt(at, BATCH, after))) {
      const outcome = await this.send('RecordDeadlineReminder', deadline, at);
      tally[outcome === 'recorded' ? 'reminded' : outcome]++;
    }
    return tally;
  }

  private async send(type: 'RecordDeadlinePassed' | 'RecordDeadlineReminder', deadline: OpenDeadlineItem, at: Date): Promise<'recorded' | 'skipped' | 'failed'> {
    // A deadline has several reminders: each opens at its own remindAt, which names it.
    const key =
      type === 'RecordDeadlinePassed'
        ? `passed:${deadline.kind}:${deadline.offerId ?? ''}:${deadline.dueAt}`
        : `reminder:${deadline.kind}:${deadline.offerId ?? ''}:${deadline.dueAt}:${deadline.remindAt}`;
    try {
      const outcome = await this.commands.handle(
        SYSTEM,
        at,
        { type, disputeId: deadline.disputeId, deadline: deadline.kind, ...(deadline.offerId ? { offerId: deadline.offerId } : {}) },
        { commandId: key },
      );
      return outcome.duplicate ? 'skipped' : 'recorded';
    } catch (error) {
      if (error instanceof DisputeCommandRefused && NOTHING_TO_DO.has(error.refusal.code)) return 'skipped';
      this.logger.warn({ msg: 'could not record a deadline', disputeId: deadline.disputeId, kind: deadline.kind, error: String(error) });
      return 'failed';
    }
  }
}
