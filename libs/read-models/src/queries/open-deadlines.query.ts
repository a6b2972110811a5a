import type { DeadlineKind, Instant } from '@recours/disputes';
import type { DataSource, Repository } from 'typeorm';
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

  /**
   * Deadlines passed at `instant` (due at or before it), oldest first; `after`: the last one of
   * the previous page, to read on past it (keyset: due date, dispute, kind, offer), so that rows
   * the process could not act on never hide the ones after them.
   */
  async passedAt(at: Date, limit = 100, after?: OpenDeadlineItem): Promise<OpenDeadlineItem[]> {
    const query = this.rows.createQueryBuilder('d').where('d.dueAt <= :at', { at });
    if (after) {
      query.andWhere('(d.dueAt, d.disputeId, d.kind, d.refersTo) > (:afterAt, :afterDispute, :afterKind, :afterRefersTo)', keyOf(after.dueAt, after));
    }
    const rows = await query.orderBy('d.dueAt', 'ASC').addOrderBy('d.disputeId', 'ASC').addOrderBy('d.kind', 'ASC').addOrderBy('d.refersTo', 'ASC').limit(limit).getMany();
    return rows.map(toItem);
  }

  /**
   * Deadlines whose reminder is due at `at` and not yet recorded, while still running, by
   * reminder date; `after` as for passedAt (keyset: reminder date, dispute, kind, offer).
   */
  async remindersDueAt(at: Date, limit = 100, after?: OpenDeadlineItem): Promise<OpenDeadlineItem[]> {
    const query = this.rows.createQueryBuilder('d').where('d.remindAt <= :at AND NOT d.reminded AND d.dueAt > :at', { at });
    if (after?.remindAt) {
      query.andWhere('(d.remindAt, d.disputeId, d.kind, d.refersTo) > (:afterAt, :afterDispute, :afterKind, :afterRefersTo)', keyOf(after.remindAt, after));
    }
    const rows = await query.orderBy('d.remindAt', 'ASC').addOrderBy('d.disputeId', 'ASC').addOrderBy('d.kind', 'ASC').addOrderBy('d.refersTo', 'ASC').limit(limit).getMany();
    return rows.map(toItem);
  }
}

const keyOf = (afterAt: string, item: OpenDeadlineItem) => ({ afterAt: new Date(afterAt), afterDispute: item.disputeId, afterKind: item.kind, afterRefersTo: item.offerId ?? '' });

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
