import type { DataSource, Repository } from 'typeorm';
import { LessThanOrEqual } from 'typeorm';
import { DISPUTE_SUMMARIES } from '../projections/dispute-cases/dispute-cases.tables';
import type { RowOf } from '../schema/read-model-table';

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

  /** Their ids, longest ended first, at most `limit`. */
  async endedBy(endedBy: Date, limit = 200): Promise<string[]> {
    const rows = await this.rows.find({ select: { disputeId: true }, where: { retentionFrom: LessThanOrEqual(endedBy) }, order: { retentionFrom: 'ASC', disputeId: 'ASC' }, take: limit });
    return rows.map((row) => row.disputeId);
  }
}
