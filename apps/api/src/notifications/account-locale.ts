import { fieldProblem } from '@recours/disputes';
import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATIONS_POOL } from '@recours/notifications';
import type { Pool } from 'pg';
import { AccountNames } from '../accounts/account-names';
import { ACCOUNT_CHANGES_CHANNEL } from '../accounts/token-versions';
import { badUserInput, problemAt } from '../graphql/errors';
import type { Locale } from '../i18n';

/** Writes the account's language (`User.locale`), which its e-mails and notifications follow. */
@Injectable()
export class AccountLocale {
  constructor(
    @Inject(NOTIFICATIONS_POOL) private readonly pool: Pool,
    private readonly names: AccountNames,
  ) {}

  /** Announced in the same statement: every process that remembers her language (AccountNames) forgets it. */
  async set(accountId: string, locale: Locale): Promise<void> {
    try {
      await this.pool.query(`WITH changed AS (UPDATE accounts.accounts SET locale = $2 WHERE id = $1 RETURNING 1) SELECT pg_notify($3, $1::text) FROM changed`, [accountId, locale, ACCOUNT_CHANGES_CHANNEL]);
      this.names.forget(accountId);
    } catch (error) {
      // 42703: accounts without a locale column (before the accounts' migration that adds it).
      if ((error as { code?: string }).code === '42703') throw badUserInput([problemAt('input.locale', fieldProblem('NOT_STORABLE_YET'))]);
      throw error;
    }
  }
}
