import { fieldProblem } from '@recours/disputes';
import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATIONS_POOL } from '@recours/notifications';
import type { Pool } from 'pg';
import { badUserInput, problemAt } from '../graphql/errors';
import type { Locale } from '../i18n';

/** Writes the account's language (`User.locale`), which its e-mails and notifications follow. */
@Injectable()
export class AccountLocale {
  constructor(@Inject(NOTIFICATIONS_POOL) private readonly pool: Pool) {}

  async set(accountId: string, locale: Locale): Promise<void> {
    try {
      await this.pool.query(`UPDATE accounts.accounts SET locale = $2 WHERE id = $1`, [accountId, locale]);
    } catch (error) {
      // 42703: accounts without a locale column (before the accounts' migration that adds it).
      if ((error as { code?: string }).code === '42703') throw badUserInput([problemAt('input.locale', fieldProblem('NOT_STORABLE_YET'))]);
      throw error;
    }
  }
}
