import { parisDateOf } from '@recours/consumer-law';
import { timeOrderedId } from '@recours/database';
import type { SqlRunner } from '../account-emails/account-email-queue';
import { NOTIFICATION_ADDED_CHANNEL, OUTBOX_CHANNEL } from '../schema/notifications-schema';
import { renameInNotices } from './names-in-notices';

/** The agent removed from a merchant's team, and by whom (her name as the team list shows it). */
export interface TeamAccessEnded {
  agentId: string;
  /** The merchant's name. */
  merchant: string;
  removedBy: { accountId: string; displayName: string };
  at: Date;
}

/**
 * Tells an agent the merchant's owner removed from its team that she no longer reads its cases
 * (TEAM_ACCESS_ENDED), inside the caller's transaction: told exactly when she was removed. No
 * dispute event says it (her account leaves the merchant), so the notice is stored here rather
 * than by the notifier's projection, as the notifier would: in the app, and by e-mail unless she
 * turned e-mails off, held for her daily digest when she chose one (it is no deadline). It names
 * no dispute, and goes to her alone. `removedById` lets an erasure of the remover take her name out.
 */
export async function queueTeamAccessEnded(sql: SqlRunner, notice: TeamAccessEnded): Promise<void> {
  const noticeId = timeOrderedId();
  const id = timeOrderedId();
  const at = notice.at.toISOString();
  const params = { merchant: notice.merchant, removedBy: notice.removedBy.displayName, removedById: notice.removedBy.accountId, removedOn: parisDateOf(notice.at) };
  await sql.query(
    `INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at, created_at)
     VALUES ($1, $2, $3, NULL, 'TEAM_ACCESS_ENDED', $4, $5, $5)`,
    [id, notice.agentId, noticeId, JSON.stringify(params), at],
  );
  await sql.query(
    `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at)
     SELECT $1, 'EMAIL', $2::uuid, $3, $4::uuid, NULL, $5::jsonb, CASE WHEN coalesce(p.digest, 'NONE') = 'DAILY' THEN 'HELD' ELSE 'PENDING' END, $6, $6
       FROM (SELECT 1) one LEFT JOIN notifications.preferences p ON p.account_id = $2::uuid
      WHERE coalesce(p.email_notifications, true)
     ON CONFLICT (dedupe_key, recipient, channel) DO NOTHING`,
    [timeOrderedId(), notice.agentId, `team-access-ended:${noticeId}`, noticeId, JSON.stringify({ notificationId: id, kind: 'TEAM_ACCESS_ENDED', params, occurredAt: at }), at],
  );
  await sql.query('SELECT pg_notify($1, $2)', [NOTIFICATION_ADDED_CHANNEL, notice.agentId]);
  await sql.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
}

/**
 * The remover renamed herself (updateMyProfile): her notices to the agents she removed name her
 * by her new name, in the app and in the e-mails not sent yet (alone or held for a digest), as
 * every other place reads her name when it shows it. Inside the rename's transaction.
 */
export const renameRemover = (sql: SqlRunner, accountId: string, displayName: string): Promise<void> => renameInNotices(sql, { name: 'removedBy', id: 'removedById' }, accountId, displayName);
