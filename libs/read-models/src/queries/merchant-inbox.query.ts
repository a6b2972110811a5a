import type { DeadlineKind, DisputeStatus, EscalationLevel, Instant } from '@recours/disputes';
import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { disputeCasesProjection } from '../projections/dispute-cases/dispute-cases.projection';
import { INBOX_COUNTS_SINCE_VERSION, MERCHANT_INBOX } from '../projections/dispute-cases/dispute-cases.tables';
import type { RowOf } from '../schema/read-model-table';
import { quoteSchema, READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { instant } from './instants';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from './page';

export interface MerchantInboxItem {
  disputeId: string;
  consumerId: string;
  productName: string;
  status: DisputeStatus;
  /** MERCHANT, or BOTH when a settlement waits for each side. */
  turn: 'MERCHANT' | 'BOTH';
  /** What the merchant owes and by when (null: no date applies, e.g. a mediation clock not yet running). */
  due: { kind: DeadlineKind; at: Instant } | null;
  /** The due date has passed at the `now` asked about (a deadline passes at its due instant). */
  overdue: boolean;
  lastActivityAt: Instant;
  /** The merchant's agent who handles it; null: in the team's queue. */
  assigneeId: string | null;
  /** Escalated by the consumer past the front desk: the supervisors' business. */
  escalated: boolean;
  /** SUPERVISOR or COMPLAINTS_DEPARTMENT once escalated; null at the front desk. */
  escalationLevel: Exclude<EscalationLevel, 'FRONT_DESK'> | null;
}

export interface MerchantInboxArgs extends PageArgs {
  /** The instant `overdue` is judged at. */
  now: Date;
  status?: DisputeStatus;
  /** Only what is past its due date at `now`. */
  overdueOnly?: boolean;
  /** Only the cases no agent handles yet: the team's queue. */
  unassignedOnly?: boolean;
  /** Only the cases this agent handles. */
  assignedTo?: string;
  /** Only the cases the consumer escalated past the front desk (to a supervisor, then the complaints department). */
  escalatedOnly?: boolean;
}

/** What waits for a merchant, soonest due first (undated last). */
export class MerchantInbox {
  private readonly rows: Repository<RowOf<typeof MERCHANT_INBOX>>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = dataSource.getRepository(MERCHANT_INBOX.entity);
  }

  async list(merchantId: string, args: MerchantInboxArgs): Promise<Page<MerchantInboxItem> & { overdueCount: number }> {
    const size = pageSize(args.first);
    const list = this.rows.createQueryBuilder('i').where('i.merchantId = :merchantId', { merchantId });
    if (args.status) list.andWhere('i.status = :status', { status: args.status });
    if (args.overdueOnly) list.andWhere('i.dueAt <= :overdueAt', { overdueAt: args.now });
    if (args.unassignedOnly) list.andWhere('i.assigneeId IS NULL');
    if (args.assignedTo) list.andWhere('i.assigneeId = :assignedTo', { assignedTo: args.assignedTo });
    if (args.escalatedOnly) list.andWhere(`i.escalationLevel IS NOT NULL AND i.escalationLevel <> 'FRONT_DESK'`);
    const counts =
      (await this.keptCounts(merchantId, args)) ??
      (await list
        .clone()
        .select('count(*)::int', 'total')
        .addSelect('(count(*) FILTER (WHERE i.dueAt <= :now))::int', 'overdue')
        .setParameter('now', args.now)
        .getRawOne<{ total: number; overdue: number }>());
    const rows = await this.pageAfter(list, size + 1, args.after ? (decodeCursor(args.after, ['instant or null', 'id']) as [string | null, string]) : null);
    const items = rows.map((row): MerchantInboxItem => ({
      disputeId: row.disputeId,
      consumerId: row.consumerId,
      productName: row.productName,
      status: row.status as DisputeStatus,
      turn: row.turn as MerchantInboxItem['turn'],
      due: row.dueKind ? { kind: row.dueKind as DeadlineKind, at: instant(row.dueAt!) } : null,
      overdue: row.dueAt !== null && row.dueAt.getTime() <= args.now.getTime(),
      lastActivityAt: instant(row.lastActivityAt),
      assigneeId: row.assigneeId,
      escalated: row.escalationLevel !== null && row.escalationLevel !== 'FRONT_DESK',
      escalationLevel: row.escalationLevel === 'SUPERVISOR' || row.escalationLevel === 'COMPLAINTS_DEPARTMENT' ? row.escalationLevel : null,
    }));
    return { ...toPage(items, size, counts?.total ?? 0, (item) => [item.due?.at ?? null, item.disputeId]), overdueCount: counts?.overdue ?? 0 };
  }

  /**
   * The counts from `merchant_inbox_counts` (the projection keeps them by UTC due day, unassigned
   * and escalated): a few rows per due day, however long the inbox. Overdue is everything due on a
   * day before `now`'s, plus the rows due on `now`'s day by `now`, one day's range of the inbox's
   * index. Undefined when a filter is not among the counts' keys (status, one agent's cases: those
   * count their rows), or when the tables were not built by a version keeping the counts (an
   * upgraded database until its rebuild swaps in): read in the counts' own snapshot, so the swap
   * never shows half of either.
   */
  private async keptCounts(merchantId: string, args: MerchantInboxArgs): Promise<{ total: number; overdue: number } | undefined> {
    if (args.status || args.assignedTo) return undefined;
    const schema = quoteSchema(READ_MODELS_SCHEMA);
    const today = args.now.toISOString().slice(0, 10);
    const counted: string[] = [];
    const listed: string[] = [];
    if (args.unassignedOnly) {
      counted.push('c.unassigned');
      listed.push('i.assignee_id IS NULL');
    }
    if (args.escalatedOnly) {
      counted.push('c.escalated');
      listed.push(`i.escalation_level IS NOT NULL AND i.escalation_level <> 'FRONT_DESK'`);
    }
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT FROM ${schema}.projection_checkpoints WHERE projection = $5 AND version >= $6) AS kept,
              coalesce(sum(c.disputes), 0)::int AS total,
              (coalesce(sum(c.disputes) FILTER (WHERE c.due_day < $2::date), 0)
                + (SELECT count(*) FROM ${schema}.merchant_inbox i
                    WHERE i.merchant_id = $1 AND i.due_at >= $3::timestamptz AND i.due_at <= $4::timestamptz${listed.map((where) => ` AND ${where}`).join('')}))::int AS overdue
         FROM ${schema}.merchant_inbox_counts c WHERE c.merchant_id = $1${counted.map((where) => ` AND ${where}`).join('')}`,
      [merchantId, today, `${today}T00:00:00.000Z`, args.now.toISOString(), disputeCasesProjection.name, INBOX_COUNTS_SINCE_VERSION],
    )) as Array<{ kept: boolean; total: number; overdue: number }>;
    if (!row.kept) return undefined;
    // Only the overdue ones listed: they are the total.
    return { total: args.overdueOnly ? row.overdue : row.total, overdue: row.overdue };
  }

  /**
   * The rows after the cursor, soonest due first, undated last. The dated rows are one range of the
   * (merchant, due date, dispute) index, read from the cursor on with a row comparison; the
   * undated ones are read only when the dated ones run out. One query with an OR over both would
   * not be a range: PostgreSQL would walk the merchant's whole inbox from its start and filter,
   * so a page deep in a large inbox would cost as much as the inbox's length.
   */
  private async pageAfter(list: SelectQueryBuilder<RowOf<typeof MERCHANT_INBOX>>, limit: number, after: [string | null, string] | null): Promise<Array<RowOf<typeof MERCHANT_INBOX>>> {
    const [dueAt, disputeId] = after ?? [undefined, undefined];
    const dated = list.clone().andWhere('i.dueAt IS NOT NULL');
    if (typeof dueAt === 'string') dated.andWhere('(i.dueAt, i.disputeId) > (:dueAt, :disputeId)', { dueAt, disputeId });
    const rows = dueAt === null ? [] : await dated.orderBy('i.dueAt', 'ASC').addOrderBy('i.disputeId', 'ASC').limit(limit).getMany();
    if (rows.length >= limit) return rows;
    const undated = list.clone().andWhere('i.dueAt IS NULL');
    if (dueAt === null) undated.andWhere('i.disputeId > :disputeId', { disputeId });
    // Ordered as the index is (due date first, all null here): by dispute id alone, PostgreSQL may
    // walk the primary key across every merchant instead of this merchant's range.
    return [...rows, ...(await undated.orderBy('i.dueAt', 'ASC').addOrderBy('i.disputeId', 'ASC').limit(limit - rows.length).getMany())];
  }
}
