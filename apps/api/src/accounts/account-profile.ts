import { Inject, Injectable } from '@nestjs/common';
import { renameAssociation, renameRemover } from '@recours/notifications';
import type { DataSource } from 'typeorm';
import { unauthenticated } from '../graphql/errors';
import { AccountNames } from './account-names';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import { ACCOUNT_CHANGES_CHANNEL } from './token-versions';

/**
 * What a person changes of her own account (GDPR art. 16, rectification): her name. Names are
 * read when shown (AccountNames, the search, the e-mails), never copied into the disputes'
 * events or read models, so a new name shows everywhere at once; the notices that keep it (to an
 * agent she removed from her team; an association's name where the notices of a mandate's end
 * name it) are renamed with her (renameRemover, renameAssociation).
 */
@Injectable()
export class AccountProfile {
  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly names: AccountNames,
  ) {}

  /**
   * Renames the account (`displayName` checked already, as sign-up checks it): the name it gives
   * up is kept in `accounts.previous_names`, where her erasure finds it (copies of e-mails may
   * name her by it) and her archive lists it. Announced on the accounts' channel in the same
   * transaction, as a change of language is: every process that remembers her name forgets it
   * when it commits. `counted` counts the rename against the day's budget (it throws past it,
   * and nothing is stored): called only once the name is known to change, so that the same name
   * again (as stored: without the spaces around it) is a success that changes, counts and tells
   * nothing. Answers whether the name changed.
   */
  async rename(accountId: string, displayName: string, counted: () => Promise<void>): Promise<boolean> {
    const name = displayName.trim();
    // Looked at before the transaction: the count takes a connection of its own (five in the pool), never while one waits on her row.
    if ((await this.currentName(this.dataSource, accountId)) === name) return false;
    await counted();
    const renamed = await this.dataSource.transaction(async (manager) => {
      const current = await this.currentName(manager, accountId, 'FOR UPDATE');
      // The same request twice at once: the second finds the name given already.
      if (current === name) return false;
      await manager.query(
        `INSERT INTO accounts.previous_names (account_id, display_name, replaced_at) VALUES ($1, $2, now())
         ON CONFLICT (account_id, display_name) DO UPDATE SET replaced_at = excluded.replaced_at`,
        [accountId, current],
      );
      // Notified at the commit (NOTIFY in a transaction waits for it): no process hears of it before the new name can be read.
      await manager.query(`WITH changed AS (UPDATE accounts.accounts SET display_name = $2 WHERE id = $1 RETURNING 1) SELECT pg_notify($3, $1::text) FROM changed`, [accountId, name, ACCOUNT_CHANGES_CHANNEL]);
      // The one notice that keeps a name (it outlives the team it speaks of): renamed with her.
      await renameRemover(manager, accountId, name);
      // An association without a directory profile is shown by its account's name: the notices that copied it are renamed with it.
      const [unprofiled]: unknown[] = await manager.query(
        `SELECT 1 FROM accounts.accounts a WHERE a.id = $1 AND a.role = 'ASSOCIATION' AND NOT EXISTS (SELECT 1 FROM accounts.association_profiles p WHERE p.account_id = a.id)`,
        [accountId],
      );
      if (unprofiled) await renameAssociation(manager, accountId, name);
      return true;
    });
    if (renamed) this.names.forget(accountId);
    return renamed;
  }

  private async currentName(sql: Pick<DataSource, 'query'>, accountId: string, lock: '' | 'FOR UPDATE' = ''): Promise<string> {
    const [account]: Array<{ display_name: string }> = await sql.query(`SELECT display_name FROM accounts.accounts WHERE id = $1 AND erased_at IS NULL ${lock}`, [accountId]);
    // Erased while this request ran: the account is gone, as its sessions are.
    if (!account) throw unauthenticated({ en: 'This account no longer exists', fr: 'Ce compte n’existe plus' });
    return account.display_name;
  }
}
