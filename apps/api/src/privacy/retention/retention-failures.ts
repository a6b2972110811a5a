import type { DataSource } from 'typeorm';

export interface RetentionFailure {
  disputeId: string;
  /** Rounds that failed on it in a row. */
  failures: number;
  firstFailedAt: Date;
}

/**
 * The disputes the retention job could not act on (accounts.retention_failures, migration
 * 176900000020000): the job takes them after every other candidate, least recently tried first,
 * so that a dispute it cannot erase does not hold back the ones behind it.
 */
export class RetentionFailures {
  constructor(private readonly dataSource: Pick<DataSource, 'query'>) {}

  /** Every dispute whose last round failed, least recently tried first. */
  async blocked(): Promise<string[]> {
    const rows: Array<{ dispute_id: string }> = await this.dataSource.query(`SELECT dispute_id FROM accounts.retention_failures ORDER BY last_failed_at, dispute_id`);
    return rows.map((row) => row.dispute_id);
  }

  /** One more failed round on the dispute; answers how many in a row, and since when. */
  async failed(disputeId: string, at: Date): Promise<RetentionFailure> {
    const [row]: Array<{ failures: number; first_failed_at: Date }> = await this.dataSource.query(
      `INSERT INTO accounts.retention_failures AS f (dispute_id, failures, first_failed_at, last_failed_at) VALUES ($1, 1, $2, $2)
       ON CONFLICT (dispute_id) DO UPDATE SET failures = f.failures + 1, last_failed_at = excluded.last_failed_at
       RETURNING failures, first_failed_at`,
      [disputeId, at],
    );
    return { disputeId, failures: row.failures, firstFailedAt: row.first_failed_at };
  }

  /** The dispute was erased, or is no longer due: it is no longer blocked. */
  async cleared(disputeId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM accounts.retention_failures WHERE dispute_id = $1`, [disputeId]);
  }
}
