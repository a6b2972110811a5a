import type { Pool } from 'pg';
import { DEFAULT_PREFERENCES, type Preferences } from '../outbox/directory';

/** How each account wants to hear: e-mail on or off, at once or in a daily digest. */
export class NotificationPreferences {
  constructor(private readonly pool: Pool) {}

  async of(accountId: string): Promise<Preferences> {
    const { rows } = await this.pool.query<{ email_notifications: boolean; digest: Preferences['digest'] }>(
      `SELECT email_notifications, digest FROM notifications.preferences WHERE account_id = $1`,
      [accountId],
    );
    return rows[0] ? { emailNotifications: rows[0].email_notifications, digest: rows[0].digest } : { ...DEFAULT_PREFERENCES };
  }

  /**
   * The account's choice changed, or null when it has no account (an erased person's, whose old
   * e-mails still carry an unsubscribe link): then nothing is stored, as the erasure left it.
   */
  async update(accountId: string, change: Partial<Preferences>): Promise<Preferences | null> {
    const next = { ...(await this.of(accountId)), ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined && v !== null)) } as Preferences;
    const { rowCount } = await this.pool.query(
      `INSERT INTO notifications.preferences (account_id, email_notifications, digest, updated_at)
       SELECT $1::uuid, $2::boolean, $3::text, now() WHERE EXISTS (SELECT 1 FROM accounts.accounts WHERE id = $1::uuid AND erased_at IS NULL)
       ON CONFLICT (account_id) DO UPDATE SET email_notifications = EXCLUDED.email_notifications, digest = EXCLUDED.digest, updated_at = now()`,
      [accountId, next.emailNotifications, next.digest],
    );
    if (!rowCount) return null;
    // Turning the digest off sends at once what it held.
    if (next.digest === 'NONE') await this.pool.query(`UPDATE notifications.outbox SET state = 'PENDING' WHERE recipient = $1 AND state = 'HELD'`, [accountId]);
    return next;
  }
}
