import { daysBetween, parisDateOf } from '@recours/consumer-law';
import type { DisputeStatus, Instant, Turn } from '@recours/disputes';
import type { DataSource, Repository } from 'typeorm';
import { MEDIATOR_CASELOAD } from '../projections/dispute-cases/dispute-cases.tables';
import type { RowOf } from '../schema/read-model-table';
import { instant, optionalInstant } from './instants';
import { pageByInstant, type Page, type PageArgs } from './page';

export interface MediatorCase {
  disputeId: string;
  consumerId: string;
  merchantId: string;
  productName: string;
  /** REQUESTED: admissibility to decide; ADMISSIBLE: the 90-day clock runs. */
  stage: 'REQUESTED' | 'ADMISSIBLE';
  status: DisputeStatus;
  turn: Turn;
  requestedAt: Instant;
  admissibilityDueAt: Instant;
  admissibilityOverdue: boolean;
  fileCompletedAt: Instant | null;
  /** The last day of the 90-day outcome clock (R612-5), once the file is complete. */
  outcomeDueOn: string | null;
  outcomeDueAt: Instant | null;
  outcomeOverdue: boolean;
  /** Days from `now`'s day in France (the 90 days are Paris days, R612-5) to the last day: 0 on the last day, negative once passed. */
  outcomeDaysLeft: number | null;
}

/** A mediator's cases under way, the most pressing clock first. */
export class MediatorCaseload {
  private readonly rows: Repository<RowOf<typeof MEDIATOR_CASELOAD>>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(MEDIATOR_CASELOAD.entity);
  }

  async list(mediatorId: string, { now }: { now: Date }): Promise<MediatorCase[]> {
    const rows = await this.rows.find({ where: { mediatorId }, order: { nextDueAt: 'ASC', disputeId: 'ASC' } });
    return rows.map((row) => toCase(row, parisDateOf(now)));
  }

  /** The caseload a page at a time, soonest clock first, optionally one status only. */
  async page(mediatorId: string, args: PageArgs & { now: Date; status?: DisputeStatus }): Promise<Page<MediatorCase>> {
    const list = this.rows.createQueryBuilder('c').where('c.mediatorId = :mediatorId', { mediatorId });
    if (args.status) list.andWhere('c.status = :status', { status: args.status });
    const page = await pageByInstant(list, { column: 'nextDueAt', direction: 'ASC' }, args);
    const today = parisDateOf(args.now);
    return { ...page, nodes: page.nodes.map((row) => toCase(row, today)) };
  }
}

function toCase(row: RowOf<typeof MEDIATOR_CASELOAD>, today: string): MediatorCase {
  return {
    disputeId: row.disputeId,
    consumerId: row.consumerId,
    merchantId: row.merchantId,
    productName: row.productName,
    stage: row.stage as MediatorCase['stage'],
    status: row.status as DisputeStatus,
    turn: row.turn as Turn,
    requestedAt: instant(row.requestedAt),
    admissibilityDueAt: instant(row.admissibilityDueAt),
    admissibilityOverdue: row.admissibilityOverdue,
    fileCompletedAt: optionalInstant(row.fileCompletedAt),
    outcomeDueOn: row.outcomeDueOn,
    outcomeDueAt: optionalInstant(row.outcomeDueAt),
    outcomeOverdue: row.outcomeOverdue,
    outcomeDaysLeft: row.outcomeDueOn ? daysBetween(today, row.outcomeDueOn) : null,
  };
}
