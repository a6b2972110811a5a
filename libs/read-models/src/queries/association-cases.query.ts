import type { DeadlineKind, DisputeStatus, Instant, Turn } from '@recours/disputes';
import type { DataSource, Repository } from 'typeorm';
import { ASSOCIATION_CASES } from '../projections/dispute-cases/dispute-cases.tables';
import type { RowOf } from '../schema/read-model-table';
import { instant } from './instants';
import { pageByInstant, type Page, type PageArgs } from './page';

export interface AssociationCase {
  disputeId: string;
  consumerId: string;
  merchantId: string;
  productName: string;
  status: DisputeStatus;
  turn: Turn;
  mandateGrantedAt: Instant;
  nextDeadline: { kind: DeadlineKind; dueAt: Instant } | null;
  lastActivityAt: Instant;
}

/** The disputes an association acts on under a live mandate, most recently active first. */
export class AssociationCases {
  private readonly rows: Repository<RowOf<typeof ASSOCIATION_CASES>>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(ASSOCIATION_CASES.entity);
  }

  async list(associationId: string, args: PageArgs & { status?: DisputeStatus } = {}): Promise<Page<AssociationCase>> {
    const list = this.rows.createQueryBuilder('a').where('a.associationId = :associationId', { associationId });
    if (args.status) list.andWhere('a.status = :status', { status: args.status });
    const page = await pageByInstant(list, { column: 'lastActivityAt', direction: 'DESC' }, args);
    return {
      ...page,
      nodes: page.nodes.map((row): AssociationCase => ({
        disputeId: row.disputeId,
        consumerId: row.consumerId,
        merchantId: row.merchantId,
        productName: row.productName,
        status: row.status as DisputeStatus,
        turn: row.turn as Turn,
        mandateGrantedAt: instant(row.mandateGrantedAt),
        nextDeadline: row.nextDeadlineKind ? { kind: row.nextDeadlineKind as DeadlineKind, dueAt: instant(row.nextDeadlineAt!) } : null,
        lastActivityAt: instant(row.lastActivityAt),
      })),
    };
  }
}
