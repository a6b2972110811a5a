import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@recours/clock';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';

/** A link is deleted this long after it was used or expired: never while its last click is under way. */
export const LAPSED_FOR_MS = 60 * 60 * 1000;

/**
 * Deletes the one-time links made for no account once they lapsed (used, withdrawn or expired),
 * with the e-mails that carried them: an agent's invitation, a company's invitation (the address
 * a consumer typed) or its takeover link; and a new address an account asked for
 * (requestEmailChange) that never became its own, voided or expired: a typo, or anyone's address. Each row and its outbox e-mail hold an address and a
 * name of someone who may never have joined; no account takes them along, so without this they
 * would be kept for good (docs/privacy.md, "Retention": until used or expired). A link sent to an
 * address that is an account's now (the agent who joined by it) stays with that account, in her
 * archive, until her erasure. Runs every LAPSED_LINKS_INTERVAL_MS (default an hour) in each API
 * process: deleting twice is harmless.
 */
@Injectable()
export class LapsedLinks implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LapsedLinks');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const every = Number(process.env.LAPSED_LINKS_INTERVAL_MS ?? 60 * 60 * 1000);
    this.timer = setInterval(() => void this.purge().catch((error: Error) => this.logger.warn(`purge failed: ${error.message}`)), every);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Deletes the links lapsed as of `now` and their e-mails; answers how many links. */
  async purge(now: Date = this.clock.now()): Promise<number> {
    const before = new Date(now.getTime() - LAPSED_FOR_MS);
    const [{ links }]: Array<{ links: number }> = await this.dataSource.query(
      `WITH lapsed AS (
         DELETE FROM accounts.email_confirmations c
          WHERE (c.used_at <= $1 OR c.expires_at <= $1)
            AND ((c.account_id IS NULL AND NOT EXISTS (SELECT 1 FROM accounts.accounts a WHERE lower(a.email) = lower(c.email)))
              -- A new address asked for an account that never became its own (voided, expired: a typo, someone else's).
              OR (c.purpose = 'CHANGE_EMAIL'
                  AND NOT EXISTS (SELECT 1 FROM accounts.accounts a WHERE a.id = c.account_id AND a.email = c.email)
                  AND NOT EXISTS (SELECT 1 FROM accounts.previous_emails p WHERE p.account_id = c.account_id AND p.email = c.email)))
          RETURNING c.id),
       mailed AS (DELETE FROM notifications.outbox o USING lapsed WHERE o.recipient = lapsed.id RETURNING o.id)
       SELECT (SELECT count(*) FROM lapsed)::int AS links, (SELECT count(*) FROM mailed)::int AS emails`,
      [before],
    );
    if (links > 0) this.logger.log(`deleted ${links} lapsed one-time link(s) made for no account`);
    return links;
  }
}
