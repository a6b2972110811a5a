import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../accounts/accounts-data-source';
import type { Reader } from '../disputes/dispute-access';

/** What was accessed: the dispute itself, or one of its files. */
export const ACCESS_KINDS = ['DISPUTE_READ', 'EVIDENCE_FILE', 'CASE_FILE', 'FORMAL_NOTICE', 'WITHDRAWAL_LETTER'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export interface AccessEntry {
  disputeId: string;
  accountId: string;
  /** How the account read the dispute (its role in it). */
  role: Reader;
  kind: AccessKind;
  /** The evidence file downloaded (EVIDENCE_FILE). */
  fileId?: string | null;
  at: Date;
}

/** Reads of a dispute are logged for these readers only: the parties' own reads are not an access to someone else's data. */
const LOGGED_READERS: ReadonlySet<Reader> = new Set(['MEDIATOR', 'ASSOCIATION', 'ADMIN']);
/** Entries wait at most this long, or until this many, before one INSERT writes them all. */
const FLUSH_AFTER_MS = 200;
const FLUSH_AT = 200;
/** A reader's repeated reads of one dispute (a page refreshing) count once in this time, per process. */
const SAME_READ_MS = 60_000;
const REMEMBERED_MAX = 50_000;

/**
 * The access log of disputes (issue 17 item 5): each read of a dispute by its mediator, an
 * association or the admin, and each download of one of its files (evidence, case file, formal
 * notice) by anyone, with who (account and role), when and what. Read by the dispute's consumer
 * and the association acting for her (`disputeAccessLog`).
 *
 * Kept off the read path: `record` only queues the entry; a timer writes the queue in one
 * multi-row INSERT (at most 200 ms later), and the log is written before it is read and at
 * shutdown. A process killed outright loses what it had queued, at most 200 ms of entries; the
 * price of not adding a database round trip to every read.
 */
@Injectable()
export class DisputeAccessLog implements OnApplicationShutdown {
  private readonly logger = new Logger('DisputeAccessLog');
  private queue: AccessEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly recentReads = new Map<string, number>();

  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** A read of the dispute (dispute, disputeAsOf): logged for a mediator, an association or the admin. */
  read(disputeId: string, accountId: string, reader: Reader, at = new Date()): void {
    if (!LOGGED_READERS.has(reader)) return;
    const key = `${accountId}|${disputeId}`;
    const last = this.recentReads.get(key);
    if (last !== undefined && at.getTime() - last < SAME_READ_MS) return;
    if (this.recentReads.size >= REMEMBERED_MAX) this.recentReads.clear();
    this.recentReads.set(key, at.getTime());
    this.record({ disputeId, accountId, role: reader, kind: 'DISPUTE_READ', at });
  }

  /** A file of the dispute downloaded, by anyone. */
  download(disputeId: string, accountId: string, reader: Reader, kind: Exclude<AccessKind, 'DISPUTE_READ'>, fileId: string | null = null, at = new Date()): void {
    this.record({ disputeId, accountId, role: reader, kind, fileId, at });
  }

  /** The dispute's log, oldest first (what is still queued in this process is written first). */
  entries(disputeId: string): Promise<AccessEntry[]> {
    return this.entriesWhere('dispute_id', disputeId);
  }

  /** What the account accessed, for its own data archive (myData). */
  byAccount(accountId: string): Promise<AccessEntry[]> {
    return this.entriesWhere('account_id', accountId);
  }

  private async entriesWhere(by: 'dispute_id' | 'account_id', id: string): Promise<AccessEntry[]> {
    await this.flush();
    const rows: Array<{ dispute_id: string; account_id: string; role: Reader; kind: AccessKind; file_id: string | null; at: Date }> = await this.dataSource.query(
      `SELECT dispute_id, account_id, role, kind, file_id, at FROM accounts.access_log WHERE ${by} = $1 ORDER BY at, id LIMIT 10000`,
      [id],
    );
    return rows.map(toEntry);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush().catch(() => undefined);
  }

  private record(entry: AccessEntry): void {
    this.queue.push(entry);
    if (this.queue.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_AFTER_MS).unref();
  }

  /** Writes what is queued, in one statement; writes run one after another. */
  private flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    this.writing = this.writing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.dataSource.query(
          `INSERT INTO accounts.access_log (dispute_id, account_id, role, kind, file_id, at)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[])`,
          [batch.map((e) => e.disputeId), batch.map((e) => e.accountId), batch.map((e) => e.role), batch.map((e) => e.kind), batch.map((e) => e.fileId ?? null), batch.map((e) => e.at)],
        );
      } catch (error) {
        // The read or download was answered already; losing its log line is logged, not thrown.
        this.logger.error({ msg: 'access log entries could not be written', entries: batch.length, error: String(error) });
      }
    });
    return this.writing;
  }
}

const toEntry = (r: { dispute_id: string; account_id: string; role: Reader; kind: AccessKind; file_id: string | null; at: Date }): AccessEntry => ({
  disputeId: r.dispute_id,
  accountId: r.account_id,
  role: r.role,
  kind: r.kind,
  fileId: r.file_id,
  at: r.at,
});
