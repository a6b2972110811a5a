import type { Pool } from 'pg';

export interface UndeliveredNotification {
  id: string;
  channel: 'EMAIL' | 'WEBHOOK';
  disputeId: string | null;
  kind: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
}

/** For the admin: what the notifier gave up on after its last retry (never dropped in silence), and what waits. */
export class UndeliveredNotifications {
  constructor(private readonly pool: Pool) {}

  async failed(first: number): Promise<UndeliveredNotification[]> {
    const { rows } = await this.pool.query(
      `SELECT id::text, channel, dispute_id, coalesce(payload ->> 'kind', (payload ->> 'body')::jsonb ->> 'type') AS kind, attempts, last_error, created_at, last_attempt_at
         FROM notifications.outbox WHERE state = 'FAILED' ORDER BY created_at DESC LIMIT $1`,
      [first],
    );
    return rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      disputeId: row.dispute_id,
      kind: row.kind,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
      lastAttemptAt: row.last_attempt_at,
    }));
  }

  async waiting(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.outbox WHERE state = 'PENDING'`);
    return rows[0].n;
  }
}
