import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Locale } from '@recours/locale';
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import { TokenVersions } from './token-versions';

/** What a sentence about an account shows: her name, and the language her own words are in. */
export interface AccountName {
  id: string;
  displayName: string;
  locale: Locale | null;
}

const REMEMBERED = 10_000;
/** A backstop only: changes are announced (erasure and closure revoke, a new language notifies). */
const BACKSTOP_TTL_MS = 60_000;

/**
 * Accounts' names and languages for the timelines, remembered between requests: a dispute's
 * timeline names the same few people on every read. Kept exact the way token versions are
 * (TokenVersions' LISTEN/NOTIFY channel): erasure and closure revoke the account's tokens in
 * their transaction, a change of language notifies in its statement, and every process drops the
 * account when the notification arrives. While that channel is not heard nothing is remembered;
 * a read that began before a change keeps nothing.
 */
@Injectable()
export class AccountNames implements OnModuleDestroy {
  private readonly known = new LRUCache<string, AccountName>({ max: REMEMBERED, ttl: BACKSTOP_TTL_MS });
  private generation = 0;
  private readonly unlisten: () => void;

  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly versions: TokenVersions,
  ) {
    this.unlisten = versions.onRevoked((accountId) => this.forget(accountId));
  }

  onModuleDestroy(): void {
    this.unlisten();
  }

  /** The accounts among `ids` that exist, by id (an erased one under the name erasure gave her). */
  async of(ids: readonly string[]): Promise<Map<string, AccountName>> {
    const found = new Map<string, AccountName>();
    const exact = this.versions.exact;
    const missing = exact ? ids.filter((id) => !this.remembered(id, found)) : [...ids];
    if (missing.length === 0) return found;
    const generation = this.generation;
    const rows: Array<{ id: string; display_name: string; locale: Locale | null }> = await this.dataSource.query(
      `SELECT id::text, display_name, locale FROM accounts.accounts WHERE id = ANY($1::uuid[])`,
      [missing],
    );
    const keep = exact && this.versions.exact && generation === this.generation;
    for (const row of rows) {
      const name = { id: row.id, displayName: row.display_name, locale: row.locale };
      found.set(row.id, name);
      if (keep) this.known.set(row.id, name);
    }
    return found;
  }

  /** The account changed in this process (or any, with null): read it afresh from now on. */
  forget(accountId: string | null): void {
    this.generation++;
    if (accountId) this.known.delete(accountId);
    else this.known.clear();
  }

  private remembered(id: string, found: Map<string, AccountName>): boolean {
    const name = this.known.get(id);
    if (name) found.set(id, name);
    return name !== undefined;
  }
}
