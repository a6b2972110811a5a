import type { ReadingAccount } from '@recours/disputes';
import { isLocale, type Locale } from '@recours/locale';
import type { Pool } from 'pg';

export interface AccountContact {
  email: string;
  displayName: string;
  /** The account's language, when it chose one. */
  locale: Locale | null;
  emailNotifications: boolean;
  /** Who the account is now, for whether it still reads a dispute (readerOf). */
  reader: ReadingAccount;
}

/** How to reach an account, read when needed so that a changed address or language is honoured. */
export class AccountContacts {
  constructor(private readonly pool: Pool) {}

  /**
   * Null for an account gone or erased: an erasure leaves a tombstone (`erased:<id>`, no
   * address), and an e-mail the notifier queued for her meanwhile goes nowhere.
   */
  async of(accountId: string): Promise<AccountContact | null> {
    // `locale` through to_jsonb: the column belongs to the accounts schema, read as it is.
    const { rows } = await this.pool.query<{ email: string; display_name: string; locale: string | null; email_notifications: boolean; role: ReadingAccount['role']; merchant_id: string | null }>(
      `SELECT a.email, a.display_name, to_jsonb(a) ->> 'locale' AS locale, coalesce(p.email_notifications, true) AS email_notifications, a.role, a.merchant_id::text
         FROM accounts.accounts a LEFT JOIN notifications.preferences p ON p.account_id = a.id WHERE a.id = $1 AND a.erased_at IS NULL`,
      [accountId],
    );
    const row = rows[0];
    if (!row) return null;
    return { email: row.email, displayName: row.display_name, locale: isLocale(row.locale) ? row.locale : null, emailNotifications: row.email_notifications, reader: { accountId, role: row.role, merchantId: row.merchant_id } };
  }
}
