import type { DataSource, Repository } from 'typeorm';
import { DISPUTE_SUMMARIES } from '../projections/dispute-cases/dispute-cases.tables';
import type { RowOf } from '../schema/read-model-table';

export interface RetentionCandidate {
  disputeId: string;
  /** When it ended. */
  retentionFrom: Date;
}

/**
 * The disputes the retention job may have something to do with: ended at or before `endedBy`,
 * not under a legal hold, their erasure not carried out (`retention_from`). The job's decider
 * says what, if anything, is due on each.
 */
export class RetentionCandidates {
  private readonly rows: Repository<RowOf<typeof DISPUTE_SUMMARIES>>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(DISPUTE_SUMMARIES.entity);
  }

  /**
   * Longest ended first, at most `limit`, after `after` (the last of the page before: the job
   * pages past those with nothing due yet), leaving out `except` (those the job could not act
   * on: it takes them last).
   */
  async endedBy(endedBy: Date, limit = 200, except: readonly string[] = [], after?: RetentionCandidate): Promise<RetentionCandidate[]> {
    const query = this.rows.createQueryBuilder('s').select(['s.disputeId', 's.retentionFrom']).where('s.retentionFrom <= :endedBy', { endedBy });
    if (except.length > 0) query.andWhere('s.disputeId <> ALL(:except)', { except: [...except] });
    if (after) query.andWhere('(s.retentionFrom, s.disputeId) > (:from, :id)', { from: after.retentionFrom, id: after.disputeId });
    const rows = await query.orderBy('s.retentionFrom', 'ASC').addOrderBy('s.disputeId', 'ASC').limit(limit).getMany();
    return rows.map((row) => ({ disputeId: row.disputeId, retentionFrom: row.retentionFrom as Date }));
  }
}
