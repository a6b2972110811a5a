import type { Pool } from 'pg';
import type { Delivery, DeliveryOutcome } from './delivery';
import { errorTextOf } from '@recours/mail';

interface ClaimedRow {
  id: string;
  channel: Delivery['channel'];
  recipient: string;
  payload: Record<string, unknown>;
  attempts: number;
  dispute_id: string | null;
  created_at: Date;
  next_attempt_at: Date;
  seq: string;
}

/**
 * The outbox as the sender works it. Only the oldest unsent row of each recipient and channel
 * may be claimed (so each recipient gets its messages in order), and a claim lasts `claimMs`:
 * a sender that dies mid-send leaves the row to be claimed again once the claim runs out.
 */
export class OutboxStore {
  constructor(private readonly pool: Pool) {}

  /**
   * Due heads of `channel` (each recipient's oldest unsent row on it), at most `limit`, none of
   * `excluded` (rows the sender is still sending); the rows behind a head wait for it whatever
   * their own time. Of the due heads, those due the longest go first (next_attempt_at, then seq),
   * not those whose recipient sorts first. Heads are found in one read of the channel's pending
   * rows: reading the due rows in time order and checking each one's predecessors instead cost,
   * for one recipient's long queue, its pending rows times its sent rows' old versions at every
   * claim (long-queue.spec).
   */
  async claim(now: Date, channel: Delivery['channel'], limit: number, claimMs: number, excluded: readonly string[] = []): Promise<Delivery[]> {
    const { rows } = await this.pool.query<ClaimedRow>(
      `WITH heads AS (
         SELECT DISTINCT ON (recipient) id, next_attempt_at, claimed_until, seq
           FROM notifications.outbox WHERE state = 'PENDING' AND channel = $5 ORDER BY recipient, seq),
       ready AS (
         SELECT id, next_attempt_at, seq FROM heads
          WHERE next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1) AND id <> ALL($4::uuid[])
          ORDER BY next_attempt_at, seq LIMIT $2)
       UPDATE notifications.outbox o
          SET claimed_until = $1::timestamptz + $3 * interval '1 millisecond', attempts = o.attempts + 1,
              first_attempt_at = coalesce(o.first_attempt_at, $1), last_attempt_at = $1
         FROM ready
        -- re-checked under the row lock: of two senders racing, the second finds the claim taken
        WHERE o.id = ready.id AND o.state = 'PENDING' AND (o.claimed_until IS NULL OR o.claimed_until <= $1)
       RETURNING o.id::text, o.channel, o.recipient::text, o.payload, o.attempts, o.dispute_id, o.created_at, ready.next_attempt_at, ready.seq`,
      [now, limit, claimMs, excluded, channel],
    );
    // In the order they were due (RETURNING keeps none), so that the first due is the first sent.
    rows.sort((a, b) => a.next_attempt_at.getTime() - b.next_attempt_at.getTime() || Number(a.seq) - Number(b.seq));
    return rows.map((row) => ({ id: row.id, channel: row.channel, recipient: row.recipient, payload: row.payload, attempts: row.attempts, disputeId: row.dispute_id, createdAt: row.created_at }));
  }

  /**
   * Records the attempt and where the row now stands: sent, skipped, failed for good, or due again at `retryAt`.
   * Once the row is settled for good, an account e-mail's one-time token leaves its payload: it was
   * needed to write the e-mail only, and a row read from the database or a backup must hold no
   * usable link (`email_confirmations` keeps the token's hash alone).
   */
  async settle(delivery: Delivery, outcome: DeliveryOutcome, at: Date, durationMs: number, retryAt: Date | null): Promise<void> {
    const status = outcome.result === 'skipped' ? null : (outcome.status ?? null);
    const error = outcome.result === 'failed' ? errorTextOf(outcome.error).slice(0, 1000) : null;
    const state = outcome.result === 'sent' ? 'SENT' : outcome.result === 'skipped' ? 'SKIPPED' : retryAt ? 'PENDING' : 'FAILED';
    await this.pool.query(
      `WITH attempt AS (INSERT INTO notifications.delivery_attempts (outbox_id, attempted_at, status, error, duration_ms) VALUES ($1, $2, $3, $4, $5))
       UPDATE notifications.outbox SET state = $6, claimed_until = NULL, last_status = $3, last_error = $4,
              payload = CASE WHEN $6 = 'PENDING' THEN payload ELSE payload - 'token' END,
              sent_at = CASE WHEN $6 = 'SENT' THEN $2::timestamptz ELSE sent_at END, next_attempt_at = coalesce($7, next_attempt_at)
        WHERE id = $1`,
      [delivery.id, at, status, error ?? (outcome.result === 'skipped' ? outcome.detail : null), Math.round(durationMs), state, retryAt],
    );
  }

  /** Rows waiting to be sent (for the metrics and the admin). */
  async depth(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications.outbox WHERE state = 'PENDING'`);
    return rows[0].n;
  }
}
