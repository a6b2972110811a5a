import { timeOrderedId } from '@recours/database';
import { OUTBOX_CHANNEL } from '../schema/notifications-schema';
import type { AccountEmailPayload } from './account-email';

/** Whatever runs SQL inside the caller's transaction (a pg client, a TypeORM EntityManager). */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Puts an account e-mail (address confirmation, agent invitation) in the notifications outbox,
 * inside the caller's transaction: the link it carries exists exactly when its e-mail is due.
 * The notifier sends it like any other, with its retries; `confirmationId` is the outbox row's
 * recipient and dedupe key, so a retry of the caller stores nothing twice. A notice that carries no
 * link (EMAIL_CHANGE_NOTICE) names its account as recipient instead, under a key of its own.
 */
export async function queueAccountEmail(sql: SqlRunner, confirmationId: string, payload: Omit<AccountEmailPayload, 'kind'>, now = new Date(), dedupeKey = `account-email:${confirmationId}`): Promise<void> {
  await sql.query(
    `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, payload, state, next_attempt_at, created_at)
     VALUES ($1, 'EMAIL', $2, $3, $4, 'PENDING', $5, $5) ON CONFLICT (dedupe_key, recipient, channel) DO NOTHING`,
    [timeOrderedId(), confirmationId, dedupeKey, JSON.stringify({ kind: 'ACCOUNT_EMAIL', ...payload }), now],
  );
  await sql.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
}

/**
 * The account e-mails sent to an address, as a condition on notifications.outbox ($2 the address,
 * compared without case): by their one field naming it (`to.address`), the expression the index
 * outbox_by_account_email_address (migration 176900000029950) is built on. An erasure deletes them.
 */
export const ACCOUNT_EMAILS_TO_ADDRESS = `(payload->>'kind' = 'ACCOUNT_EMAIL' AND lower(payload->'to'->>'address') = lower($2))`;
