import { RecurringRounds } from '@recours/clock';
import type { DataSource } from 'typeorm';
import type { RetentionLogger } from './retention-process';
import type { RetentionSettings } from './retention-settings';

export interface LogRetentionRound {
  /** Access-log entries deleted. */
  accessesDeleted: number;
  /** Ended deliveries reduced to their tombstone. */
  deliveriesBlanked: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The payload an ended delivery keeps (docs/privacy.md, "Retention"): what names its kind, for
 * the admin's undelivered list and a merchant's list of deliveries, and nothing about anyone.
 * The row itself stays: it is what makes a replay of the events insert nothing, so deleting it
 * would send the e-mail or the webhook again. `blanked` marks it: a tombstone is never delivered
 * again. An e-mail's tombstone loses its recipient too (RECIPIENT): the replay is stopped by its
 * event key alone (notifier-projection's storeOutbox), and keeping the account id would keep,
 * for good, who was e-mailed about what. A webhook's keeps its webhook, the merchant's, no person.
 */
const TOMBSTONE = `jsonb_strip_nulls(jsonb_build_object(
    'kind', payload -> 'kind',
    'email', payload -> 'email',
    'body', CASE WHEN channel = 'WEBHOOK' THEN jsonb_build_object('type', (payload ->> 'body')::jsonb -> 'type')::text END,
    'blanked', true))`;

/** An e-mail's tombstone points to no one; a webhook delivery's to its webhook. */
const RECIPIENT = `CASE WHEN channel = 'EMAIL' THEN NULL ELSE recipient END`;

/**
 * The two logs that would otherwise grow for good (GDPR art. 5(1)(e)), trimmed every round of the
 * retention job:
 * - the access log of disputes: an entry goes once it is ACCESS_LOG_KEPT_DAYS old and its
 *   dispute ended that long ago (or was erased). While a dispute runs, and for that long after,
 *   its consumer reads who read her case; a dispute under a legal hold keeps its log, as it
 *   keeps everything else (its `retention_from` is null while held).
 * - the outbox: a delivery ended (sent, skipped, failed for good, gathered in a digest)
 *   OUTBOX_KEPT_DAYS ago loses its payload and error, and its attempts, and keeps a tombstone
 *   (an e-mail's without its recipient).
 * Rows pending or held for a digest are never touched. Running twice, or in two processes,
 * deletes or blanks nothing more.
 */
export class LogRetention extends RecurringRounds<LogRetentionRound> {
  constructor(
    private readonly dataSource: Pick<DataSource, 'query'>,
    private readonly settings: Pick<RetentionSettings, 'accessLogKeptDays' | 'outboxKeptDays'>,
    private readonly now: () => Date,
    private readonly logger: RetentionLogger = { log: () => undefined, warn: () => undefined, error: () => undefined },
  ) {
    super();
  }

  protected override roundFailed(error: unknown): void {
    this.logger.warn({ msg: 'log retention round failed', error: String(error) });
  }

  protected override async round(): Promise<LogRetentionRound> {
    const at = this.now();
    const accessesDeleted = await this.trimAccessLog(new Date(at.getTime() - this.settings.accessLogKeptDays * DAY_MS));
    const deliveriesBlanked = await this.blankEndedDeliveries(new Date(at.getTime() - this.settings.outboxKeptDays * DAY_MS));
    if (accessesDeleted + deliveriesBlanked > 0) this.logger.log({ msg: 'log retention round', accessesDeleted, deliveriesBlanked });
    return { accessesDeleted, deliveriesBlanked };
  }

  /**
   * Entries older than `before` whose dispute ended before it and is not held (`retention_from`),
   * or whose dispute's erasure was carried out (then `retention_from` is null too), as the read
   * model's folded dispute says: not the events table, which an EventStoreDB deployment does not
   * have in PostgreSQL. A dispute the read model does not know yet keeps its entries.
   */
  private async trimAccessLog(before: Date): Promise<number> {
    const [{ deleted }]: Array<{ deleted: number }> = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM accounts.access_log l
          WHERE l.at < $1
            AND EXISTS (SELECT 1 FROM read_models.dispute_summaries s
                         WHERE s.dispute_id = l.dispute_id::text
                           AND (s.retention_from < $1 OR (s.retention_from IS NULL AND s.state -> 'erased' ->> 'completedAt' IS NOT NULL)))
          RETURNING 1)
       SELECT count(*)::int AS deleted FROM gone`,
      [before],
    );
    return deleted;
  }

  private async blankEndedDeliveries(before: Date): Promise<number> {
    const [{ blanked }]: Array<{ blanked: number }> = await this.dataSource.query(
      `WITH ended AS (
         UPDATE notifications.outbox SET payload = ${TOMBSTONE}, recipient = ${RECIPIENT}, last_error = NULL
          WHERE state IN ('SENT', 'SKIPPED', 'FAILED', 'DIGESTED') AND coalesce(last_attempt_at, created_at) < $1 AND NOT payload ? 'blanked'
          RETURNING id),
       attempts AS (DELETE FROM notifications.delivery_attempts a USING ended WHERE a.outbox_id = ended.id)
       SELECT count(*)::int AS blanked FROM ended`,
      [before],
    );
    return blanked;
  }
}
