import type { DeadlineKind, Instant } from '@recours/disputes';
import type { DataSource, Repository } from 'typeorm';
import { LessThanOrEqual } from 'typeorm';
import { OPEN_DEADLINES } from '../projections/dispute-cases/dispute-cases.tables';
import type { RowOf } from '../schema/read-model-table';
import { instant, optionalInstant } from './instants';

export interface OpenDeadlineItem {
  disputeId: string;
  kind: DeadlineKind;
  /** The offer, for OFFER_EXPIRY. */
  offerId?: string;
  dueOn: string;
  dueAt: Instant;
  owedBy: 'CONSUMER' | 'MERCHANT' | 'MEDIATOR' | 'PARTIES';
  remindAt: Instant | null;
  reminded: boolean;
}

/**
 * The deadlines still running, for the process manager: those that have passed at an instant
 * (to record with RecordDeadlinePassed) and those due a reminder. A deadline leaves the list
 * once met or once its passing is recorded, so polling never sends a command twice for long.
 */
export class OpenDeadlines {
  private readonly rows: Repository<RowOf<typeof OPEN_DEADLINES>>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(OPEN_DEADLINES.entity);
  }

  /** Deadlines passed at `instant` (due at or before it), oldest first. */
  async passedAt(at: Date, limit = 100): Promise<OpenDeadlineItem[]> {
    const rows = await this.rows.find({ where: { dueAt: LessThanOrEqual(at) }, order: { dueAt: 'ASC', disputeId: 'ASC', kind: 'ASC' }, take: limit });
    return rows.map(toItem);
  }

  /** Deadlines whose reminder is due at `at` and not yet recorded, while still running. */
  async remindersDueAt(at: Date, limit = 100): Promise<OpenDeadlineItem[]> {
    const rows = await this.rows
      .createQueryBuilder('d')
      .where('d.remindAt <= :at AND NOT d.reminded AND d.dueAt > :at', { at })
      .orderBy('d.remindAt', 'ASC')
      .addOrderBy('d.disputeId', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toItem);
  }
}

function toItem(row: RowOf<typeof OPEN_DEADLINES>): OpenDeadlineItem {
  return {
    disputeId: row.disputeId,
    kind: row.kind as DeadlineKind,
    ...(row.refersTo && { offerId: row.refersTo }),
    dueOn: row.dueOn,
    dueAt: instant(row.dueAt),
    owedBy: row.owedBy as OpenDeadlineItem['owedBy'],
    remindAt: optionalInstant(row.remindAt),
    reminded: row.reminded,
  };
}
