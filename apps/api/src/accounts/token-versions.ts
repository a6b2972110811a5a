import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DATABASE_CONNECTION, listenTo, type ChannelSubscription, type DatabaseConnection } from '@recours/database';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';

/** Also announces other changes to an account that processes remember (AccountNames): its listeners drop what they knew of it. */
export const ACCOUNT_CHANGES_CHANNEL = 'recours_token_versions';
const CHANNEL = ACCOUNT_CHANGES_CHANNEL;
const MAX_REMEMBERED = 50_000;

/** The account whose tokens may have been revoked; null: any account's (revocations may have been missed). */
type RevokedListener = (accountId: string | null) => void;

/** What decides whether an account's token still holds: its version, and the sessions ended one by one. */
export interface AccountTokens {
  version: number;
  /** Sessions ended (revokeSession, revokeOtherSessions) that have not expired yet. */
  ended: ReadonlySet<string>;
}

/**
 * Each account's token version. A token carries the version it was issued at and is refused
 * once the account's version is higher (or the account is gone): `revoke` ends every session of
 * an account at once, on every way in (HTTP, the WebSocket, live subscriptions already open),
 * in every API process. Password changes and resets and account closure call `revoke`.
 *
 * Versions are checked on every request, so they are kept in memory, and kept exact by
 * PostgreSQL's LISTEN/NOTIFY: `revoke` notifies in the same statement, every process drops what
 * it knew of that account when the notification arrives. Ending single sessions (`endSessions`)
 * goes the same way: the sessions ended and not yet expired are known with the version. The
 * process's listening connection (ListeningConnection) carries the channel; while it is down,
 * nothing is remembered and every check reads the database; a connection that stops answering
 * its heartbeat counts as down (a connection lost silently would otherwise look alive).
 */
@Injectable()
export class TokenVersions implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('TokenVersions');
  private readonly known = new Map<string, AccountTokens | null>();
  private readonly listeners = new Set<RevokedListener>();
  private subscription: ChannelSubscription | undefined;
  private listening = false;
  /** Raised whenever what is known may be stale: a read that started before keeps nothing. */
  private generation = 0;
  private closed = false;
  /** Accounts revoked inside a transaction not committed yet, by its query runner: dropped once it commits. */
  private readonly uncommitted = new WeakMap<QueryRunner, Set<string>>();
  private readonly watched = new WeakSet<DataSource>();

  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.listening = false;
    await this.subscription?.close();
  }

  /** The account's token version and ended sessions now, or null when the account no longer exists or was erased. */
  async current(accountId: string): Promise<AccountTokens | null> {
    if (this.listening && this.known.has(accountId)) return this.known.get(accountId) as AccountTokens | null;
    const generation = this.generation;
    const rows: Array<{ token_version: number; ended: string[] }> = await this.dataSource.query(
      `SELECT a.token_version, ARRAY(SELECT s.id::text FROM accounts.sessions s WHERE s.account_id = a.id AND s.ended_at IS NOT NULL AND s.expires_at > now()) AS ended
       FROM accounts.accounts a WHERE a.id = $1 AND a.erased_at IS NULL`,
      [accountId],
    );
    const version = rows[0] ? { version: rows[0].token_version, ended: new Set(rows[0].ended) } : null;
    if (this.listening && generation === this.generation) {
      if (this.known.size >= MAX_REMEMBERED) this.known.clear();
      this.known.set(accountId, version);
    }
    return version;
  }

  /**
   * Ends every token issued so far to the account; returns the new version (tokens issued from
   * now on carry it). With `manager`, inside that transaction: this process drops what it knew
   * of the account, and the other processes hear of it, when it commits.
   */
  async revoke(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const rows: Array<{ token_version: number }> = await manager.query(
      // Notified even when no row changed: an account closed by deleting it is announced too.
      // Its sessions end with it, so that they are no longer listed.
      `WITH raised AS (UPDATE accounts.accounts SET token_version = token_version + 1 WHERE id = $1 RETURNING token_version),
            ended AS (UPDATE accounts.sessions SET ended_at = now() WHERE account_id = $1 AND ended_at IS NULL RETURNING 1)
       SELECT (SELECT token_version FROM raised) AS token_version, (SELECT count(*) FROM ended) AS ended, pg_notify($2, $1::text)`,
      [accountId, CHANNEL],
    );
    this.changedOnCommit(accountId, manager);
    return rows[0]?.token_version ?? 0;
  }

  /**
   * Ends some of the account's sessions (all but `except`, or only `only`): their tokens are
   * refused from the next request on, here and in the other processes. Answers the ids ended.
   */
  async endSessions(accountId: string, which: { only: string } | { except: string | null }): Promise<string[]> {
    const rows: Array<{ ended: string[] }> = await this.dataSource.query(
      `WITH ended AS (
         UPDATE accounts.sessions SET ended_at = now()
         WHERE account_id = $1 AND ended_at IS NULL AND expires_at > now()
           AND (($2::uuid IS NOT NULL AND id = $2::uuid) OR ($2::uuid IS NULL AND id IS DISTINCT FROM $3::uuid))
         RETURNING id::text)
       SELECT ARRAY(SELECT id FROM ended) AS ended, pg_notify($4, $1::text)`,
      [accountId, 'only' in which ? which.only : null, 'except' in which ? which.except : null, CHANNEL],
    );
    this.changed(accountId);
    return rows[0]?.ended ?? [];
  }

  /** True while every change announced on the channel is heard: only then may a process remember what it read of accounts. */
  get exact(): boolean {
    return this.listening;
  }

  /** Called whenever an account's tokens may have been revoked or the account changed (here or in another process); null: any account's. */
  onRevoked(listener: RevokedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Dropped before the commit, a concurrent read would still see (and remember) the old row until
   * the notification arrives: inside a transaction, the account is dropped once it commits.
   */
  private changedOnCommit(accountId: string, manager: EntityManager): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.changed(accountId);
    if (!this.watched.has(manager.dataSource)) {
      this.watched.add(manager.dataSource);
      const settled = ({ queryRunner }: { queryRunner: QueryRunner }) => {
        if (queryRunner.isTransactionActive) return; // a savepoint released: the transaction goes on
        const accounts = this.uncommitted.get(queryRunner);
        this.uncommitted.delete(queryRunner);
        for (const id of accounts ?? []) this.changed(id);
      };
      // A rollback changed nothing, but dropping is harmless and leaves nothing behind.
      manager.dataSource.subscribers.push({ afterTransactionCommit: settled, afterTransactionRollback: settled } satisfies EntitySubscriberInterface);
    }
    const accounts = this.uncommitted.get(runner) ?? new Set<string>();
    accounts.add(accountId);
    this.uncommitted.set(runner, accounts);
  }

  private changed(accountId: string | null): void {
    this.generation++;
    if (accountId) this.known.delete(accountId);
    else this.known.clear();
    for (const listener of [...this.listeners]) listener(accountId);
  }

  private async listen(): Promise<void> {
    this.subscription = await listenTo(this.connection.url, CHANNEL, {
      message: (accountId) => {
        if (accountId) this.changed(accountId);
      },
      listening: () => {
        if (this.closed) return;
        this.listening = true;
        // Revocations made while nobody listened were missed: whoever holds sessions checks again.
        this.changed(null);
      },
      lost: (error) => {
        const was = this.listening;
        this.listening = false;
        this.generation++;
        this.known.clear();
        if (was && !this.closed) this.logger.warn({ msg: 'not listening for account changes; every check reads the database until the connection is back', error: String(error) });
      },
    });
    if (this.closed) await this.subscription.close();
    else if (!this.listening) this.logger.warn({ msg: 'not listening for token revocations yet; every check reads the database' });
  }
}
