import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { TokenService, type IssuedToken } from '../auth/token.service';
import type { AccountEntity } from './account.entity';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';

/** A session as its account sees it: never its token. */
export interface SessionRecord {
  id: string;
  userAgent: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** At most one write of "last seen" per session per process in this time: reads stay reads. */
const SEEN_EVERY_MS = 60_000;
const USER_AGENT_MAX = 300;
const REMEMBERED_MAX = 50_000;

/**
 * Every token issued belongs to a session, recorded here when it is issued (one row): the
 * account lists its sessions (mySessions) and ends them one by one (revokeSession, through
 * TokenVersions.endSessions, which every process hears of). The token itself is never stored.
 */
@Injectable()
export class Sessions {
  private readonly logger = new Logger('Sessions');
  private readonly lastWritten = new Map<string, number>();

  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  /** A new session of the account and its token; with `manager`, inside that transaction. */
  async open(account: AccountEntity, req: Request | undefined, options: { enrolmentOnly?: boolean; manager?: EntityManager } = {}): Promise<IssuedToken & { sessionId: string }> {
    const sessionId = randomUUID();
    const issued = this.tokens.issue(account, sessionId, { enrolmentOnly: options.enrolmentOnly });
    const userAgent = String(req?.headers?.['user-agent'] ?? '').slice(0, USER_AGENT_MAX);
    await (options.manager ?? this.dataSource.manager).query(
      `INSERT INTO accounts.sessions (id, account_id, user_agent, expires_at) VALUES ($1, $2, $3, $4)`,
      [sessionId, account.id, userAgent, new Date(issued.expiresAt)],
    );
    return { ...issued, sessionId };
  }

  /** The account's sessions still running, the latest seen first. */
  async list(accountId: string): Promise<SessionRecord[]> {
    const rows: Array<{ id: string; user_agent: string; created_at: Date; last_seen_at: Date; expires_at: Date }> = await this.dataSource.query(
      `SELECT id, user_agent, created_at, last_seen_at, expires_at FROM accounts.sessions
       WHERE account_id = $1 AND ended_at IS NULL AND expires_at > now() ORDER BY last_seen_at DESC, created_at DESC`,
      [accountId],
    );
    return rows.map((r) => ({ id: r.id, userAgent: r.user_agent, createdAt: r.created_at, lastSeenAt: r.last_seen_at, expiresAt: r.expires_at }));
  }

  /**
   * Every session the account has had, ended and expired ones too (kept as its history until the
   * account goes, docs/privacy.md): what its personal data archive holds, the latest begun first.
   */
  async history(accountId: string): Promise<Array<SessionRecord & { endedAt: Date | null }>> {
    const rows: Array<{ id: string; user_agent: string; created_at: Date; last_seen_at: Date; expires_at: Date; ended_at: Date | null }> = await this.dataSource.query(
      `SELECT id, user_agent, created_at, last_seen_at, expires_at, ended_at FROM accounts.sessions WHERE account_id = $1 ORDER BY created_at DESC, id`,
      [accountId],
    );
    return rows.map((r) => ({ id: r.id, userAgent: r.user_agent, createdAt: r.created_at, lastSeenAt: r.last_seen_at, expiresAt: r.expires_at, endedAt: r.ended_at }));
  }

  /**
   * The session was used now. Written at most once a minute per session and process, after the
   * answer's work (not awaited): "last seen" is to the minute, and a request never waits for it.
   */
  seen(sessionId: string | null): void {
    if (!sessionId) return;
    const now = Date.now();
    if (now - (this.lastWritten.get(sessionId) ?? 0) < SEEN_EVERY_MS) return;
    if (this.lastWritten.size >= REMEMBERED_MAX) this.lastWritten.clear();
    this.lastWritten.set(sessionId, now);
    this.dataSource
      .query(`UPDATE accounts.sessions SET last_seen_at = now() WHERE id = $1 AND ended_at IS NULL`, [sessionId])
      .catch((error: unknown) => this.logger.warn({ msg: 'could not record when a session was last seen', error: String(error) }));
  }
}
